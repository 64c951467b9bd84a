package org.econfacts.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Ranges: two figures of one kind and unit, next to each other in a sentence, that are the two ends of
 * one range ("4 to 6 per cent", "20-30 percent", "between 3.6 and 3.8 pct", "ranged from 5.98 pct to 6.10
 * pct", "3%至5%"). Each end stays a figure of its own (as written, the lower end often borrowing its unit,
 * CarryUnits); the pair is linked UPPER_END_OF, and the stored lower end carries the upper as its
 * {@code valueMax}. A movement is no range: "from 1.1% to 1.2%" after a verb of change, "dropped 7,800 to
 * 3,874,600", "fell 4.9% to 0.4%". The words are {@code extraction/<lang>/ranges.yaml}. Stateless after
 * construction.
 */
public final class Ranges {

    /**
     * @param connectors what may stand between the two ends ("to", "-", "至")
     * @param dashes the connectors that always make a range (any upper end above the lower)
     * @param between openers before the lower end and the connectors that go with them ("between … and")
     * @param from a word before the lower end that makes the pair a movement ("from 1.1% to 1.2%")...
     * @param spread ...unless one of these comes right before it ("ranged from 5.92 to 5.99 pct")
     * @param maxRatio with a connector that is no dash, the most the upper end may be, in times the lower
     */
    record Words(List<String> connectors, List<String> dashes, Between between, List<String> from,
            List<String> spread, BigDecimal maxRatio) {}

    record Between(List<String> openers, List<String> connectors) {}

    private final Map<Language, Words> words = new EnumMap<>(Language.class);

    public Ranges() {
        for (Language language : Language.values()) {
            Words w = YamlResources.readComplete("extraction/" + language.family() + "/ranges.yaml", Words.class);
            if (w.maxRatio().compareTo(BigDecimal.ONE) < 0 || !w.connectors().containsAll(w.dashes())) {
                throw new IllegalStateException("extraction/" + language.family() + "/ranges.yaml: maxRatio below 1"
                        + " or a dash that is no connector");
            }
            words.put(language, w);
        }
    }

    /** UPPER_END_OF links between the findings (a document's, in text order). */
    public List<Link> link(List<Finding> findings, String text) {
        List<Link> links = new ArrayList<>();
        for (int j = 1; j < findings.size(); j++) {
            Finding low = findings.get(j - 1);
            Finding high = findings.get(j);
            if (low.sentence().equals(high.sentence()) && isRange(low.mention(), high.mention(), text, 0)) {
                links.add(new Link(j, j - 1, Link.Type.UPPER_END_OF, null));
                j++; // an upper end is no lower end of another range
            }
        }
        return links;
    }

    /**
     * Whether a number between the words {@code previous} and {@code next} (lower case) is written as the
     * lower end of a range: "4 to", "20 -", "between 20 and" (for elliptical lower ends, CarryUnits).
     */
    public boolean opensRange(Language language, String previous, String next) {
        Words w = words.get(language);
        return w.connectors().contains(next) || w.between().openers().contains(previous) && w.between().connectors().contains(next);
    }

    /**
     * Whether {@code low} and {@code high} (in text order) are the ends of one range, read in {@code text},
     * which starts at offset {@code textStart} of the document (the document itself, or one sentence).
     */
    public boolean isRange(Mention low, Mention high, String text, int textStart) {
        if (low.language() != high.language() || low.value().kind() != high.value().kind()
                || !Objects.equals(low.value().unit(), high.value().unit()) || high.start() < low.end()
                || low.value().value().signum() <= 0 || low.value().value().compareTo(high.value().value()) >= 0) {
            return false;
        }
        Words w = words.get(low.language());
        int lowAt = low.start() - textStart;
        if (lowAt < 0 || high.start() - textStart > text.length()) {
            return false;
        }
        String connector = text.substring(low.end() - textStart, high.start() - textStart).strip().toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, lowAt - 40), lowAt).stripTrailing().toLowerCase(Locale.ROOT);
        String opener = lastWord(before, w.between().openers());
        if (opener != null) {
            return w.between().connectors().contains(connector);
        }
        if (!w.connectors().contains(connector)) {
            return false;
        }
        String movement = lastWord(before, w.from());
        if (movement != null) {
            String spread = before.substring(0, before.length() - movement.length()).stripTrailing();
            return lastWord(spread, w.spread()) != null;
        }
        return w.dashes().contains(connector)
                || high.value().value().compareTo(low.value().value().multiply(w.maxRatio())) <= 0;
    }

    /** The word of {@code candidates} that {@code before} ends with, as a whole word; null if none. */
    private static String lastWord(String before, List<String> candidates) {
        for (String c : candidates) {
            if (before.endsWith(c)) {
                int at = before.length() - c.length();
                boolean letters = Character.isLetter(c.charAt(0)) && c.charAt(0) < 0x3000;
                if (!letters || at == 0 || !Character.isLetter(before.charAt(at - 1))) {
                    return c;
                }
            }
        }
        return null;
    }
}
