package org.econfacts.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.Period;

/**
 * Which period phrase of a sentence is a figure's: one policy for every language, tuned by the
 * {@code attach:} section of {@code extraction/<family>/periods.yaml} and the language's comparison words
 * ({@code comparison} in {@code report-period.yaml}). In order:
 * <ol>
 *   <li>a bare year the file's {@code yearAfter} reads right after the figure ("a 1.8 pct 1988 rise"), or
 *       {@code yearBefore} reads in the words just before it ("a 1986 surplus of 9.5 billion dlrs");</li>
 *   <li>a phrase written right after the figure with only {@code ownAfter} between, no number and no
 *       comparison word ("419 mln dlrs in February from 679 mln in January");</li>
 *   <li>else the nearest phrase ending before the figure, unless it is the own period of an earlier
 *       comparison figure ("from 6.80 mln last year, while ... was 1.38 mln");</li>
 *   <li>else the first phrase after it that no comparison figure in between owns, at most
 *       {@code after.within} chars away and with none of {@code after.breaks} between, when the file says so.</li>
 * </ol>
 * A phrase of the {@code possessive} rule ("last year's") dates only the figure it opens. A rate whose
 * phrase comes from one of the {@code monthReading} rules and is a single day ("at end-1988") is that
 * month's reading. A language leaves out what it does not need: Chinese writes its periods before the
 * figure and names only {@code after}.
 */
public final class PeriodAttachment {

    /** Rule name of the phrases {@link #choose} makes from {@code yearAfter}/{@code yearBefore}. */
    public static final String YEAR_BEFORE_NOUN = "year before noun";

    /** How far before a figure {@code yearBefore} and a comparison word are looked for, in chars. */
    private static final int YEAR_BEFORE_REACH = 60;
    private static final int COMPARISON_REACH = 24;

    /** The {@code attach:} section of {@code periods.yaml}; every part may be left out. */
    record Spec(String ownAfter, String yearAfter, String yearBefore, PossessiveSpec possessive, String ownerGap,
            AfterSpec after, List<String> monthReading) {}

    /** Phrases of {@code rule} date only a figure that follows with at most {@code gap} between. */
    record PossessiveSpec(String rule, String gap) {}

    /** A period after the figure is its own only within {@code within} chars and with none of {@code breaks} between. */
    record AfterSpec(Integer within, String breaks) {}

    private final Pattern ownAfter;
    private final Pattern yearAfter;
    private final Pattern yearBefore;
    private final String possessive;
    private final Pattern possessiveGap;
    private final Pattern ownerGap;
    private final int afterWithin;
    private final String afterBreaks;
    private final Set<String> monthReading;
    private final List<String> comparison;

    PeriodAttachment(Spec spec, List<String> comparison) {
        Spec s = spec == null ? new Spec(null, null, null, null, null, null, null) : spec;
        this.ownAfter = compile(s.ownAfter());
        this.yearAfter = compile(s.yearAfter());
        this.yearBefore = compile(s.yearBefore());
        this.possessive = s.possessive() == null ? null : s.possessive().rule();
        this.possessiveGap = s.possessive() == null ? null : compile(s.possessive().gap());
        this.ownerGap = compile(s.ownerGap() == null ? "\\s*" : s.ownerGap());
        this.afterWithin = s.after() == null || s.after().within() == null ? Integer.MAX_VALUE : s.after().within();
        this.afterBreaks = s.after() == null || s.after().breaks() == null ? "" : s.after().breaks();
        this.monthReading = s.monthReading() == null ? Set.of() : Set.copyOf(s.monthReading());
        this.comparison = List.copyOf(comparison);
        if ((yearAfter != null && !yearAfter.pattern().contains("(?<year>"))
                || (yearBefore != null && !yearBefore.pattern().contains("(?<year>"))) {
            throw new IllegalArgumentException("attach: yearAfter and yearBefore need a group named year");
        }
    }

    private static Pattern compile(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    /**
     * The period phrase of the figure at {@code [start, end)} of {@code text}, or null.
     *
     * @param periods      the sentence's period phrases, in text order, none of them a dateline
     * @param figureStarts where the sentence's figures start (this one's too)
     */
    public PeriodPhrase choose(String text, int start, int end, List<PeriodPhrase> periods, List<Integer> figureStarts) {
        PeriodPhrase year = bareYear(text, start, end);
        if (year != null) {
            return year;
        }
        if (ownAfter != null) {
            for (PeriodPhrase p : periods) {
                if (p.start() < end || (isPossessive(p) && !opens(text, p, start))) {
                    continue;
                }
                String gap = text.substring(end, p.start());
                if (ownAfter.matcher(gap).matches() && !hasComparisonWord(gap + text.substring(p.start(), p.end()))
                        && figureStarts.stream().noneMatch(f -> f >= end && f < p.start())
                        && lastNumberStart(text, end, p.start()) < 0) {
                    return p;
                }
            }
        }
        PeriodPhrase best = null;
        for (PeriodPhrase p : periods) {
            if (p.end() <= start && (best == null || p.end() > best.end()) && (!isPossessive(p) || opens(text, p, start))
                    && !ownedByEarlierComparison(text, p, figureStarts)) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        for (PeriodPhrase p : periods) {
            if (!isPossessive(p) && p.start() >= end && (best == null || p.start() < best.start())
                    && !ownedByComparison(text, end, p)) {
                best = p;
            }
        }
        return best == null || best.start() - end > afterWithin || containsAny(text.substring(end, best.start()), afterBreaks)
                ? null : best;
    }

    /** The period a figure of {@code value} takes from {@code phrase} (null for none). */
    public Period periodOf(PeriodPhrase phrase, FigureValue value) {
        if (phrase == null) {
            return null;
        }
        Period period = phrase.period();
        if (monthReading.contains(phrase.rule()) && value instanceof Percent pct && !pct.points()
                && period.start().equals(period.end())) {
            return Period.month(period.start().getYear(), period.start().getMonthValue());
        }
        return period;
    }

    private PeriodPhrase bareYear(String text, int start, int end) {
        if (yearAfter != null) {
            Matcher m = yearAfter.matcher(text).region(end, text.length());
            if (m.lookingAt()) {
                return new PeriodPhrase(m.start("year"), m.end("year"), Period.year(Integer.parseInt(m.group("year"))),
                        YEAR_BEFORE_NOUN);
            }
        }
        if (yearBefore != null) {
            Matcher m = yearBefore.matcher(text.substring(Math.max(0, start - YEAR_BEFORE_REACH), start));
            if (m.find()) {
                return new PeriodPhrase(start, start, Period.year(Integer.parseInt(m.group("year"))), YEAR_BEFORE_NOUN);
            }
        }
        return null;
    }

    private boolean isPossessive(PeriodPhrase p) {
        return p.rule().equals(possessive);
    }

    /** Whether the possessive phrase {@code p} opens the figure starting at {@code start} ("last year's record 2.9 pct"). */
    private boolean opens(String text, PeriodPhrase p, int start) {
        return p.end() <= start && possessiveGap.matcher(text.substring(p.end(), start)).matches();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (s.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "from the second quarter" after a figure: a comparison word between a figure and a period makes it the comparison's. */
    private boolean hasComparisonWord(String gap) {
        if (comparison.isEmpty()) {
            return false;
        }
        String t = " " + gap.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip() + " ";
        return comparison.stream().anyMatch(c -> t.contains(" " + c + " "));
    }

    private boolean endsWithComparison(String before) {
        if (comparison.isEmpty()) {
            return false;
        }
        String t = " " + before.toLowerCase(Locale.ROOT).replaceAll("\\P{L}+$", "").replaceAll("\\s+", " ").strip();
        return comparison.stream().anyMatch(c -> t.endsWith(" " + c));
    }

    /** Whether {@code p}, after the figure ending at {@code end}, belongs to a comparison figure in between ("off 1.2 pct from 6.80 mln last year"). */
    private boolean ownedByComparison(String text, int end, PeriodPhrase p) {
        int last = lastNumberStart(text, end, p.start());
        return last >= 0 && endsWithComparison(text.substring(Math.max(end, last - COMPARISON_REACH), last));
    }

    /**
     * Whether {@code p}, before the figure, is the own period of an earlier comparison figure: the
     * year-ago period of the comparison is not the period of what follows it. Any number counts as an
     * owner, not only the sentence's figures: a bare comparison number becomes a figure only later,
     * when CarryUnits gives it a unit.
     */
    private boolean ownedByEarlierComparison(String text, PeriodPhrase p, List<Integer> figureStarts) {
        if (comparison.isEmpty()) {
            return false;
        }
        int owner = lastNumberStart(text, 0, p.start());
        for (int f : figureStarts) {
            if (f < p.start() && f > owner) {
                owner = f;
            }
        }
        if (owner < 0) {
            return false;
        }
        int figureEnd = owner;
        while (figureEnd < p.start() && !Character.isWhitespace(text.charAt(figureEnd))) {
            figureEnd++;
        }
        // the owner's own words (its scale and unit) may stand before the period
        return ownerGap.matcher(text.substring(figureEnd, p.start())).matches()
                && endsWithComparison(text.substring(Math.max(0, owner - COMPARISON_REACH), owner));
    }

    /** Start of the last number (a digit not inside a word or another number) in text[from, to), or -1. */
    private static int lastNumberStart(String text, int from, int to) {
        int last = -1;
        for (int k = from; k < to; k++) {
            if (Character.isDigit(text.charAt(k)) && (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))
                    && text.charAt(k - 1) != '.' && text.charAt(k - 1) != ',')) {
                last = k;
            }
        }
        return last;
    }
}
