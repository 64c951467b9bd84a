package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Money;

/**
 * Settles what an unqualified currency form ("$", "dollars", "rupees", 元) means from the whole
 * document: the recognisers read each as its default (USD, INR, CNY), and a document that speaks of
 * Hong Kong, Taiwan or Australia in the ways {@code extraction/common/currencies.yaml} lists reads it
 * as that place's currency instead. A figure whose currency was settled this way says so in its rule
 * ({@code … · currency HKD from the document}); a form the document does not settle keeps its default.
 * Stateless after construction.
 */
public final class SettleCurrency {

    static final String PATH = "extraction/common/currencies.yaml";

    /** "SEOUL, March 20 - ...", "HONG KONG, Jan 5 (Reuters) -": the place a wire story is filed from. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z .'-]{1,40}?),\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\b", Pattern.MULTILINE);
    private static final int DATELINE_LINES = 400;

    record Ambiguous(String name, String defaultCode, List<String> forms, List<String> qualified, List<String> home) {}

    record Local(String code, List<String> reads, List<String> explicit, List<String> institutions, List<String> places) {}

    record Data(int strong, int threshold, List<Ambiguous> ambiguous, List<Local> locals) {
        Data {
            if (strong <= 0 || threshold <= 0 || ambiguous == null || locals == null) {
                throw new IllegalArgumentException("incomplete " + PATH);
            }
            for (Local l : locals) {
                if (!l.code().matches("[A-Z]{3}") || l.reads().stream()
                        .noneMatch(r -> ambiguous.stream().anyMatch(a -> a.name().equals(r)))) {
                    throw new IllegalArgumentException(PATH + ": " + l.code() + " reads no ambiguous form");
                }
            }
        }
    }

    private final Data data;
    private final ScriptFolder folder;

    public SettleCurrency(ScriptFolder folder) {
        this(YamlResources.readComplete(PATH, Data.class), folder);
    }

    SettleCurrency(Data data, ScriptFolder folder) {
        this.data = data;
        this.folder = folder;
    }

    public List<Finding> apply(List<Finding> findings, String text) {
        if (findings.stream().noneMatch(f -> f.mention().value() instanceof Money)) {
            return findings;
        }
        String doc = folder.fold(text).text().toLowerCase(Locale.ROOT);
        String dateline = dateline(text);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(settle(f, doc, dateline));
        }
        return out;
    }

    private Finding settle(Finding f, String doc, String dateline) {
        if (!(f.mention().value() instanceof Money money)) {
            return f;
        }
        String written = folder.fold(f.mention().text()).text().toLowerCase(Locale.ROOT);
        for (Ambiguous a : data.ambiguous()) {
            if (money.currency().equals(a.defaultCode()) && a.forms().stream().anyMatch(written::contains)
                    && a.qualified().stream().noneMatch(written::contains)) {
                return local(a, doc, dateline).map(code -> f.withMention(relabel(f.mention(), money, code))).orElse(f);
            }
        }
        return f;
    }

    /** The local currency the document settles form {@code a} as, if any. */
    private Optional<String> local(Ambiguous a, String doc, String dateline) {
        int home = count(doc, a.home());
        String best = null;
        int bestScore = 0;
        for (Local l : data.locals()) {
            if (!l.reads().contains(a.name())) {
                continue;
            }
            int score = data.strong() * (count(doc, l.explicit()) + count(doc, l.institutions()))
                    + count(doc, l.places())
                    + (dateline != null && l.places().stream().anyMatch(dateline::contains) ? data.strong() : 0);
            if (score > bestScore) {
                best = l.code();
                bestScore = score;
            }
        }
        return bestScore >= data.threshold() && bestScore > 2 * home ? Optional.of(best) : Optional.empty();
    }

    private static Mention relabel(Mention m, Money money, String code) {
        return new Mention(new Money(money.value(), code), m.approximation(), m.change(), m.period(), m.start(),
                m.end(), m.text(), m.language(), m.rule() + " · currency " + code + " from the document", m.subject());
    }

    private static int count(String doc, List<String> cues) {
        int n = 0;
        for (String cue : cues) {
            for (int i = doc.indexOf(cue); i >= 0; i = doc.indexOf(cue, i + cue.length())) {
                n++;
            }
        }
        return n;
    }

    private static String dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_LINES)));
        return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : null;
    }
}
