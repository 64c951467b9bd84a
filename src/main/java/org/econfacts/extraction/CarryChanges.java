package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;
import org.econfacts.normalization.Percent;

/**
 * Changes a sentence states once for several figures. Runs on one sentence's mentions after
 * CarryUnits:
 * <ul>
 * <li>a list or an apposition right after a change takes its direction and basis: "expanded by 1.0
 * percent, 1.4 percent and 1.6 percent respectively", "increased $12.4 billion, or 6.6 percent"; so does
 * the upper end of a range ({@link Ranges}): "grow 10-15 percent"; and the lower end takes the upper's
 * ("下调3至5个百分点");
 * <li>a growth rate compared with a growth rate is one too: in "the index rose 1.8 pct, down from
 * 2.3 pct a year ago" both are increases (the "down" says the rate slowed, not that prices fell).
 * </ul>
 * A figure with a change of its own keeps it. Stateless after construction.
 */
public final class CarryChanges {

    /**
     * A language's {@code carry-changes.yaml}: the words that join the figures of one list, that
     * restate a figure in another unit, and that join a figure to a comparison.
     */
    record Words(List<String> listJoins, List<String> restates, List<String> comparisonJoins, Gapping gapping) {}

    /**
     * "Exports rose 5 percent and imports 3 percent": after one of {@code joins}, a new subject of at most
     * {@code words} tokens, each tagged one of {@code tags} (no verb), then the figure: the clause leaves
     * out the change verb of the clause before.
     */
    record Gapping(List<String> joins, int words, List<String> tags) {}

    /** The gaps between two figures this stage reads, built from a language's words. */
    private record Gaps(Pattern list, Pattern apposition, Pattern joined, Map<String, Change.Basis> basisOf,
            List<String> bases, Gapping gapping) {}

    private static final int JOIN_REACH = 40;

    private final Comparisons comparisons;
    private final Ranges ranges;
    private final Map<Language, Gaps> gaps = new EnumMap<>(Language.class);

    public CarryChanges(Comparisons comparisons, Ranges ranges) {
        this.comparisons = comparisons;
        this.ranges = ranges;
        for (Language language : Language.values()) {
            Words w = YamlResources.readComplete("extraction/" + language.family() + "/carry-changes.yaml", Words.class);
            Map<String, Change.Basis> basisOf = new HashMap<>();
            Lexicon.load(language.family()).bases().forEach((basis, phrases) ->
                    phrases.forEach(p -> basisOf.put(p.toLowerCase(Locale.ROOT), basis)));
            List<String> bases = basisOf.keySet().stream() // longest first: "year on year" before "year"
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            gaps.put(language, new Gaps(
                    // only commas and the list words between two figures of one list
                    Pattern.compile("\\s*(?:,|,?\\s*" + words(w.listJoins()) + ")\\s*", Pattern.CASE_INSENSITIVE),
                    // ", or": the second figure restates the first in another unit
                    Pattern.compile("\\s*,?\\s*" + words(w.restates()) + "\\s*", Pattern.CASE_INSENSITIVE),
                    // "and" (+ up to three words: "and last year's") with no clause break: a figure joined to a comparison
                    Pattern.compile("[^,;:]*\\b" + words(w.comparisonJoins()) + "(?:\\s+[^\\s\\d,;:]+){0,3}\\s+",
                            Pattern.CASE_INSENSITIVE),
                    basisOf, bases, w.gapping()));
        }
    }

    /** An alternation of whole words; one that never matches when there are none. */
    private static String words(List<String> words) {
        return words.isEmpty() ? "(?!)" : "(?:" + words.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
    }

    public List<Mention> apply(Sentence sentence, List<Mention> mentions) {
        if (mentions.size() < 2) {
            return mentions;
        }
        String text = sentence.text();
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 1; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.change() != null) {
                continue;
            }
            Mention prev = out.get(i - 1);
            Change carried = null;
            int gapFrom = prev.end() - sentence.start();
            int gapTo = m.start() - sentence.start();
            Gaps g = gaps.get(m.language());
            if (prev.change() != null && gapFrom >= 0 && gapFrom <= gapTo && gapTo <= text.length()) {
                String gap = text.substring(gapFrom, gapTo);
                boolean sameKind = prev.value().kind() == m.value().kind();
                // "rose 0.3% month-on-month and 2.1% year-on-year": the first figure's basis ends its part of the list
                String basis = basisAt(gap, 0, g.bases());
                String listGap = basis == null ? gap : gap.stripLeading().substring(basis.length());
                if (sameKind && g.list().matcher(listGap).matches() || g.apposition().matcher(gap).matches()
                        || ranges.isRange(prev, m, text, sentence.start())) {
                    carried = basis == null ? prev.change()
                            : new Change(prev.change().direction(), basisAfter(text, gapTo + m.text().length(), g));
                }
            }
            if (carried == null) {
                carried = gapped(sentence, out, i);
            }
            if (carried == null && isRate(m) && isComparison(out, i, text, sentence.start())) {
                Mention anchor = anchor(out, i, text, sentence.start());
                if (anchor != null && isRate(anchor) && anchor.change() != null) {
                    carried = new Change(anchor.change().direction(), null);
                }
            }
            if (carried != null) {
                out.set(i, new Mention(m.value(), m.approximation(), carried, m.period(), m.start(), m.end(), m.text(),
                        m.language(), m.rule(), m.subject()));
            }
        }
        for (int i = 1; i < out.size(); i++) { // "下调3至5个百分点": the lower end of a range takes the upper's change
            Mention low = out.get(i - 1);
            Mention high = out.get(i);
            if (low.change() == null && high.change() != null && ranges.isRange(low, high, text, sentence.start())) {
                out.set(i - 1, new Mention(low.value(), low.approximation(), high.change(), low.period(), low.start(),
                        low.end(), low.text(), low.language(), low.rule(), low.subject()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The change of the last figure of the same kind before figure {@code i}, when {@code i} opens a gapped
     * clause: a join word, a subject of its own, no verb ("and imports 3 percent"); else null.
     */
    private Change gapped(Sentence sentence, List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        Gapping g = gaps.get(m.language()).gapping();
        if (g.words() == 0) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int first = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() >= m.start()) {
                first = k;
                break;
            }
        }
        if (first < 1) {
            return null;
        }
        int join = first - 1;
        while (join >= 0 && first - join <= g.words() && g.tags().contains(tokens.get(join).pos())) {
            join--;
        }
        if (join < 0 || join == first - 1 || !g.joins().contains(tokens.get(join).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int joinAt = tokens.get(join).start();
        for (int k = i - 1; k >= 0; k--) {
            Mention earlier = mentions.get(k);
            if (earlier.end() > joinAt) {
                return null; // another figure inside the gapped clause's subject
            }
            if (earlier.value().kind() == m.value().kind()) {
                return earlier.change();
            }
        }
        return null;
    }

    /** The basis phrase (lower case, as listed) that {@code text} opens with at {@code from}, past spaces; null if none. */
    private static String basisAt(String text, int from, List<String> bases) {
        String rest = text.substring(Math.min(from, text.length())).stripLeading().toLowerCase(Locale.ROOT);
        for (String b : bases) {
            if (rest.startsWith(b) && (rest.length() == b.length() || !Character.isLetterOrDigit(rest.charAt(b.length())))) {
                return b;
            }
        }
        return null;
    }

    /** The basis a phrase right after offset {@code from} of the sentence names ("2.1% year-on-year"), or null. */
    private static Change.Basis basisAfter(String text, int from, Gaps g) {
        String b = basisAt(text, from, g.bases());
        return b == null ? null : g.basisOf().get(b);
    }

    /** The last rate before {@code i} in the sentence that is not itself a comparison. */
    private Mention anchor(List<Mention> mentions, int i, String text, int sentenceStart) {
        for (int k = i - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (isRate(m) && !isComparison(mentions, k, text, sentenceStart)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether figure {@code i} is a comparison: it follows a comparison word, or "and" joins it to a
     * comparison before it ("after two pct growth this year and 2.1 pct in 1986").
     */
    private boolean isComparison(List<Mention> mentions, int i, String text, int sentenceStart) {
        Mention m = mentions.get(i);
        if (comparisons.before(m.language(), text, m.start() - sentenceStart)) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        Mention prev = mentions.get(i - 1);
        int from = prev.end() - sentenceStart;
        int to = m.start() - sentenceStart;
        return from >= 0 && from <= to && to - from <= JOIN_REACH && gaps.get(m.language()).joined().matcher(text.substring(from, to)).matches()
                && isComparison(mentions, i - 1, text, sentenceStart);
    }

    private static boolean isRate(Mention m) {
        return m.value().kind() == FigureKind.PERCENT && m.value() instanceof Percent p && !p.points();
    }
}
