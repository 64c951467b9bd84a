package org.econfacts.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.econfacts.normalization.FigureKind;

/**
 * Links the figures of a document (indices into its findings, in text order):
 * <ul>
 *   <li>EQUIVALENT_OF: an amount restated in parentheses in another currency right after another
 *       ("50.9 billion yuan ($7.86 billion)"); the link carries the implied exchange rate, and the
 *       restatement takes the original's subject and category;
 *   <li>CHANGE_OF: a change ("up 15 percent") to the level it leads to when that is written right
 *       after it ("fell 8 percent to 19.4 billion euros"), else to the nearest level figure before it
 *       in its sentence (an equivalent's original, not the restatement); the change takes that
 *       figure's subject when it has none of its own;
 *   <li>SAME_AS: a figure repeated later in the same language (headline, then body) to its first mention;
 *       a headline figure may leave out the period and the basis of a change. The two share their subject
 *       and category where one lacks them;
 *   <li>UPPER_END_OF: the upper end of a range to its lower end ({@link Ranges}).
 * </ul>
 */
public final class LinkFigures {

    private static final Pattern RESTATEMENT = Pattern.compile(
            "\\s*[(（]\\s*(?:(?:about|approximately|around|roughly|some|nearly|or|equivalent to|约|合|折合)\\s*)?");

    private static final Pattern CHANGE_TO = Pattern.compile("\\s*(?:to|至|到|达到|达|達到|達)\\s*");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

    public record Linked(List<Finding> findings, List<Link> links) {}

    private final Ranges ranges;

    public LinkFigures(Ranges ranges) {
        this.ranges = ranges;
    }

    public LinkFigures() {
        this(new Ranges());
    }

    public Linked apply(List<Finding> in, String text) {
        return apply(in, text, Deadline.NONE);
    }

    /** As {@link #apply(List, String)}, within the document's time budget (looking for repeats is quadratic). */
    public Linked apply(List<Finding> in, String text, Deadline deadline) {
        List<Finding> findings = new ArrayList<>(in);
        List<Link> links = new ArrayList<>();
        boolean[] restatement = new boolean[findings.size()];
        for (int j = 1; j < findings.size(); j++) {
            Mention a = findings.get(j - 1).mention();
            Mention b = findings.get(j).mention();
            if (a.value().kind() == FigureKind.MONEY && b.value().kind() == FigureKind.MONEY
                    && !a.value().unit().equals(b.value().unit()) && b.start() >= a.end()
                    && RESTATEMENT.matcher(text.substring(a.end(), b.start())).matches()
                    && b.value().value().signum() > 0) {
                BigDecimal rate = a.value().value().divide(b.value().value(), MathContext.DECIMAL64);
                links.add(new Link(j, j - 1, Link.Type.EQUIVALENT_OF, rate));
                restatement[j] = true;
                Finding original = findings.get(j - 1);
                findings.set(j, new Finding(b.withSubject(original.mention().subject()), findings.get(j).sentence(),
                        original.category(), findings.get(j).entities()));
            }
        }
        for (int j = 0; j < findings.size(); j++) {
            deadline.check();
            Mention change = findings.get(j).mention();
            if (change.change() == null) {
                continue;
            }
            int ahead = levelAhead(findings, restatement, j, text);
            if (ahead >= 0) { // "fell 8 percent to 19.4 billion euros"
                links.add(new Link(j, ahead, Link.Type.CHANGE_OF, null));
                if (change.subject() == null && findings.get(ahead).mention().subject() != null) {
                    findings.set(j, findings.get(j).withMention(change.withSubject(findings.get(ahead).mention().subject())));
                }
                continue;
            }
            for (int i = j - 1; i >= 0; i--) {
                Finding target = findings.get(i);
                if (!target.sentence().equals(findings.get(j).sentence()) || target.mention().language() != change.language()) {
                    break;
                }
                if (target.mention().change() == null && !restatement[i]) {
                    links.add(new Link(j, i, Link.Type.CHANGE_OF, null));
                    if (change.subject() == null && target.mention().subject() != null) {
                        findings.set(j, findings.get(j).withMention(change.withSubject(target.mention().subject())));
                    }
                    break;
                }
            }
        }
        links.addAll(ranges.link(findings, text));
        int headlineEnd = headlineEnd(text);
        for (int j = 0; j < findings.size(); j++) {
            deadline.check();
            for (int i = 0; i < j; i++) {
                if (repeats(findings.get(j), findings.get(i), findings.get(i).mention().end() <= headlineEnd)) {
                    links.add(new Link(j, i, Link.Type.SAME_AS, null));
                    shareDescription(findings, i, j);
                    break;
                }
            }
        }
        return new Linked(findings, links);
    }

    /**
     * A repeat states the same number, so what one statement says it measures holds for the other: a
     * terse headline ("COFFEE EXPORTS RISE 12 PCT") takes the body's subject, and either takes the
     * other's category when its own words did not give one.
     */
    private static void shareDescription(List<Finding> findings, int a, int b) {
        for (int[] pair : new int[][] {{a, b}, {b, a}}) {
            Finding to = findings.get(pair[0]);
            Finding from = findings.get(pair[1]);
            boolean shouted = pair[0] == a && AllCapitals.test(to.sentence()); // an all-capital headline is read worst
            if ((to.mention().subject() == null || shouted) && from.mention().subject() != null) {
                to = to.withMention(to.mention().withSubject(from.mention().subject()));
            }
            if ((to.category() == null || to.category() == Category.OTHER) && from.category() != null) {
                to = to.with(from.category(), to.entities());
            }
            findings.set(pair[0], to);
        }
    }

    /** The level a change leads to, written right after it ("rose 5 percent to $9 billion", "增长5%至90亿元"). */
    private static int levelAhead(List<Finding> findings, boolean[] restatement, int j, String text) {
        int k = j + 1;
        if (k >= findings.size() || restatement[k]) {
            return -1;
        }
        Mention change = findings.get(j).mention();
        Mention level = findings.get(k).mention();
        boolean sameSentence = findings.get(k).sentence().equals(findings.get(j).sentence());
        return sameSentence && level.change() == null && level.language() == change.language()
                && level.start() >= change.end() && CHANGE_TO.matcher(text.substring(change.end(), level.start())).matches()
                ? k : -1;
    }

    /**
     * A repeat has the same value, qualifiers and period. A headline is terser than the body: what it
     * leaves out (the period, the basis of a change) does not keep its figure from being repeated.
     */
    private static boolean repeats(Finding later, Finding earlier, boolean earlierInHeadline) {
        Mention a = later.mention();
        Mention b = earlier.mention();
        return a.language() == b.language() && !later.sentence().equals(earlier.sentence())
                && a.value().kind() == b.value().kind()
                && a.value().value().compareTo(b.value().value()) == 0
                && Objects.equals(a.value().unit(), b.value().unit())
                && a.approximation() == b.approximation()
                && (Objects.equals(a.change(), b.change()) || earlierInHeadline && a.change() != null
                        && b.change() != null && a.change().direction() == b.change().direction()
                        && b.change().basis() == null)
                && (Objects.equals(a.period(), b.period()) || earlierInHeadline && b.period() == null);
    }

    /**
     * The end of a document's headline: its first line when that is written in capitals, else the text
     * before its first blank line, when that comes within the first few lines (a bilingual headline is two lines); otherwise no headline is assumed.
     */
    static int headlineEnd(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        if (AllCapitals.test(firstLine)) { // a wire headline runs straight into the dateline
            return text.indexOf(firstLine) + firstLine.length();
        }
        java.util.regex.Matcher m = BLANK_LINE.matcher(text);
        int blank = m.find() ? m.start() : -1;
        if (blank < 0 || text.substring(0, blank).strip().lines().count() > 3 || blank > 400) {
            return -1;
        }
        return blank;
    }
}
