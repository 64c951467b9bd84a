package org.econfacts.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.econfacts.document.DiscrepancyView.Reason;
import org.econfacts.fact.FactView;

/** Compares the twins of a bilingual document's facts (see {@code PairTwins}). */
final class Discrepancies {
    private Discrepancies() {}

    static List<DiscrepancyView> of(List<FactView> facts) {
        boolean english = facts.stream().anyMatch(f -> f.language().equals("en"));
        boolean chinese = facts.stream().anyMatch(f -> f.language().startsWith("zh"));
        if (!english || !chinese) {
            return List.of();
        }
        Map<Long, FactView> byId = facts.stream().collect(Collectors.toMap(FactView::id, Function.identity()));
        List<DiscrepancyView> out = new ArrayList<>();
        for (FactView f : facts) {
            boolean isEnglish = f.language().equals("en");
            if (f.twinId() == null) {
                out.add(new DiscrepancyView(List.of(Reason.NO_TWIN),
                        "'" + f.text() + "' (" + f.language() + ") has no twin in the other language",
                        isEnglish ? f : null, isEnglish ? null : f));
            } else if (isEnglish) {
                compare(f, byId.get(f.twinId())).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<DiscrepancyView> compare(FactView en, FactView zh) {
        if (zh == null) {
            return java.util.Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>();
        List<String> words = new ArrayList<>();
        check(reasons, words, Reason.VALUE, "value", en.value().compareTo(zh.value()) == 0,
                en.value().toPlainString(), zh.value().toPlainString(), en, zh);
        check(reasons, words, Reason.APPROXIMATION, "approximation", en.approximation() == zh.approximation(),
                en.approximation(), zh.approximation(), en, zh);
        check(reasons, words, Reason.CHANGE, "change", Objects.equals(direction(en), direction(zh)),
                direction(en), direction(zh), en, zh);
        check(reasons, words, Reason.PERIOD, "period", Objects.equals(label(en), label(zh)), label(en), label(zh), en, zh);
        if (reasons.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DiscrepancyView(reasons, String.join("; ", words), en, zh));
    }

    private static void check(List<Reason> reasons, List<String> words, Reason reason, String name, boolean same,
            Object a, Object b, FactView en, FactView zh) {
        if (!same) {
            reasons.add(reason);
            words.add(name + ": " + a + " (" + en.language() + ", '" + en.text() + "') vs " + b + " (" + zh.language()
                    + ", '" + zh.text() + "')");
        }
    }

    private static Object direction(FactView f) {
        return f.change() == null ? "none" : f.change().direction();
    }

    private static String label(FactView f) {
        return f.period() == null ? "none" : f.period().label();
    }
}
