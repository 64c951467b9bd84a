package org.econfacts.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Money;

/**
 * Settles what an unqualified currency form ("$", "dollars", "francs", "rupees", 元) means from the
 * whole document: the recognisers read each as its default (USD, CHF, INR, CNY), and a document that
 * speaks of Hong Kong, Taiwan, France or Sri Lanka in the ways {@code extraction/common/currencies.yaml}
 * lists reads it as that place's currency instead. The evidence is weighed once per document
 * ({@link #read}); the {@link Reading} then relabels each sentence's figures. A figure whose currency
 * was settled this way says so in its rule ({@code … · currency HKD from the document}); a form the
 * document does not settle keeps its default. Stateless after construction.
 */
public final class SettleCurrency {

    static final String PATH = "extraction/common/currencies.yaml";

    /** "SEOUL, March 20 - ...", "HONG KONG, Jan 5 (Reuters) -": the place a wire story is filed from. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z .'-]{1,40}?),\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\b", Pattern.MULTILINE);
    private static final int DATELINE_WITHIN = 400;

    record Ambiguous(String name, int threshold, String defaultCode, List<String> forms, List<String> qualified,
            List<String> home) {}

    record Local(String code, List<String> reads, List<String> explicit, List<String> institutions, List<String> places) {}

    record Data(int strong, List<Ambiguous> ambiguous, List<Local> locals) {
        Data {
            if (strong <= 0 || ambiguous == null || locals == null) {
                throw new IllegalArgumentException("incomplete " + PATH);
            }
            for (Local l : locals) {
                if (!l.code().matches("[A-Z]{3}") || l.reads().stream()
                        .anyMatch(r -> ambiguous.stream().noneMatch(a -> a.name().equals(r)))) {
                    throw new IllegalArgumentException(PATH + ": " + l.code() + " reads an undefined form");
                }
            }
        }
    }

    /** How one document reads each ambiguous form it settles: form name → ISO code. */
    public final class Reading {
        private final Map<String, String> settled;

        private Reading(Map<String, String> settled) {
            this.settled = Map.copyOf(settled);
        }

        /** The mentions with every ambiguous currency this document settles relabelled. */
        public List<Mention> apply(List<Mention> mentions) {
            if (settled.isEmpty()) {
                return mentions;
            }
            return mentions.stream().map(this::apply).toList();
        }

        private Mention apply(Mention m) {
            if (!(m.value() instanceof Money money)) {
                return m;
            }
            String written = folder.fold(m.text()).text().toLowerCase(Locale.ROOT);
            for (Ambiguous a : data.ambiguous()) {
                String code = settled.get(a.name());
                if (code != null && money.currency().equals(a.defaultCode()) && a.forms().stream().anyMatch(written::contains)
                        && a.qualified().stream().noneMatch(written::contains)) {
                    return new Mention(new Money(money.value(), code), m.approximation(), m.change(), m.period(),
                            m.start(), m.end(), m.text(), m.language(), m.rule() + " · currency " + code + " from the document",
                            m.subject());
                }
            }
            return m;
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

    /** Weighs the evidence of {@code text} (the whole document) for each ambiguous form. */
    public Reading read(String text) {
        String doc = folder.fold(text).text().toLowerCase(Locale.ROOT);
        String dateline = dateline(text);
        Map<String, String> settled = new HashMap<>();
        for (Ambiguous a : data.ambiguous()) {
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
            if (bestScore >= a.threshold() && bestScore > 2 * home) {
                settled.put(a.name(), best);
            }
        }
        return new Reading(settled);
    }

    private static int count(String doc, List<String> cues) {
        int n = 0;
        for (String cue : cues) {
            for (int i = doc.indexOf(cue); i >= 0; i = doc.indexOf(cue, i + 1)) {
                if (standsAlone(doc, i, i + cue.length())) {
                    n++;
                    i += cue.length() - 1;
                }
            }
        }
        return n;
    }

    /**
     * A Latin cue counts only as a word of its own: "cad" inside "decade" or a hex identifier is not the
     * Canadian dollar, "india" inside "indiana" not India; a plural ("canadian dollars") still counts.
     * Han cues have no word edges to check.
     */
    static boolean standsAlone(String doc, int start, int end) {
        if (latinWordChar(doc.charAt(start)) && start > 0 && latinWordChar(doc.charAt(start - 1))) {
            return false;
        }
        if (latinWordChar(doc.charAt(end - 1)) && end < doc.length()) {
            int after = doc.charAt(end) == 's' ? end + 1 : end;
            return after >= doc.length() || !latinWordChar(doc.charAt(after));
        }
        return true;
    }

    private static boolean latinWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_WITHIN)));
        return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : null;
    }
}
