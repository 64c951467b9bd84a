package org.econfacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Period;

/**
 * The reporting period of an article: a figure whose sentence names no period takes the period of
 * the last figure before it in the same language, across paragraphs, so a lead sentence sets the
 * period for the paragraphs that follow until another period is named ("今年上半年，…。其中…超過1萬臺";
 * "Exports grew 6.2 pct in the first quarter. … Imports rose 3.1 pct"). A comparison figure ("up
 * from 3.8 pct in 1986", words in {@code extraction/<lang>/report-period.yaml}) keeps its period to
 * itself. Figures before the first period of the document (a headline) take the first period of
 * the next paragraph, which states them again. Before any period is named, a figure in a sentence
 * about a market event (an auction, a tender: {@code events}) is the result of the event on the
 * article's day. Stateless after construction.
 */
public final class CarryPeriods {

    /** {@code comparison} is read by {@link Comparisons}; the record binds it so the file stays checked whole. */
    record Words(List<String> comparison, List<String> yearEarlier, List<String> lastYear, List<String> quarterEarlier,
            List<String> wholeYear, List<String> events, List<String> forecast, List<String> impliedYear,
            List<String> thisYear, String namedYear, List<String> yearWords, int reach) {
        Pattern named() {
            return Pattern.compile(namedYear);
        }
    }

    private final Map<Language, Words> words = new EnumMap<>(Language.class);
    private final Comparisons comparisons = new Comparisons();

    public CarryPeriods() {
        for (Language language : Language.values()) {
            words.put(language, YamlResources.readComplete("extraction/" + language.family() + "/report-period.yaml", Words.class));
        }
    }

    /**
     * @param passages each passage's findings, passages and findings in text order
     * @param ref the article's date: a "so far this year" period ends on it unless the article reports
     *     an earlier last day (the end of its last period that does not start on January 1)
     */
    public List<Finding> apply(List<List<Finding>> passages, LocalDate ref) {
        List<Finding> out = new ArrayList<>();
        Map<Language, Period> last = new EnumMap<>(Language.class);
        // the period of the last forecast ("The IMF expects growth of 4.1% in 2025"): carried only to forecasts
        Map<Language, Period> forecastLast = new EnumMap<>(Language.class);
        Map<Language, Integer> shift = new EnumMap<>(Language.class);
        // the last reported part of a year ("the four weeks ended March 20"), not a total from January
        Map<Language, Period> reported = new EnumMap<>(Language.class);
        for (List<Finding> passage : passages) {
            for (Finding f : passage) {
                Mention m = f.mention();
                Language lang = m.language();
                if (m.period() != null && impliesReportedYear(f, ref, last.get(lang))) {
                    m = m.withPeriod(Period.year(last.get(lang).start().getYear()));
                    f = f.withMention(m);
                }
                if (m.period() != null && isToDate(m.period(), ref) && reported.get(lang) != null) {
                    m = m.withPeriod(throughReported(m.period(), reported.get(lang)));
                    f = f.withMention(m);
                }
                boolean comparison = isComparison(f) || joinsComparison(f, out);
                boolean forecast = saysAny(f, words.get(lang).forecast());
                Period carried = forecast && forecastLast.get(lang) != null || last.get(lang) == null
                        ? forecastLast.get(lang) : last.get(lang);
                Period compared = comparison ? comparedPeriod(f, out, last.get(lang), shift, ref) : null;
                if (compared != null) {
                    out.add(f.withMention(m.withPeriod(compared)));
                } else if (m.period() != null) {
                    if (!comparison && forecast) {
                        forecastLast.put(lang, m.period());
                    } else if (!comparison) {
                        last.put(lang, m.period());
                        if (m.period().start().getDayOfYear() != 1) {
                            reported.put(lang, m.period());
                        }
                    }
                    out.add(f);
                } else if (carried != null) {
                    out.add(f.withMention(m.withPeriod(carried)));
                } else if (ref != null && !comparison && namesEvent(f)) {
                    // "its weekly auction of three-month bills produced an average rate of 5.98 pct" in a
                    // story filed that day: the result of the day's auction; what follows carries it
                    last.put(lang, Period.day(ref));
                    out.add(f.withMention(m.withPeriod(last.get(lang))));
                } else {
                    out.add(f);
                }
            }
        }
        return fillHeadline(out, passages);
    }

    /**
     * "2023年国内生产总值…。全年粮食总产量69541万吨" in a January 2024 release: a whole year the sentence
     * does not name ({@code impliedYear}: 全年, with no year and no {@code thisYear} word) is the year the
     * article reports, when that is another than the article's own.
     */
    private boolean impliesReportedYear(Finding f, LocalDate ref, Period reporting) {
        Words w = words.get(f.mention().language());
        Period p = f.mention().period();
        if (ref == null || reporting == null || !isWholeYear(p) || p.start().getYear() != ref.getYear()
                || reporting.start().getYear() != reporting.end().getYear() || reporting.start().getYear() == ref.getYear()) {
            return false;
        }
        String sentence = f.sentence();
        return w.impliedYear().stream().anyMatch(sentence::contains) && w.thisYear().stream().noneMatch(sentence::contains)
                && !sentence.contains(Integer.toString(ref.getYear()));
    }

    /** "so far this year" as the resolver reads it: from January 1 to the article's date. */
    private static boolean isToDate(Period p, LocalDate ref) {
        return ref != null && p.end().equals(ref) && p.start().equals(ref.withDayOfYear(1)) && !p.start().equals(p.end());
    }

    /**
     * "Year-to-date demand ... averaged 16.32 mln bpd" after "in the four weeks ended March 20": the
     * figures so far this year run to the last day the article reports, when that is earlier.
     */
    private static Period throughReported(Period toDate, Period reported) {
        LocalDate end = reported.end();
        if (end.getYear() != toDate.start().getYear() || !end.isBefore(toDate.end()) || !end.isAfter(toDate.start())) {
            return toDate;
        }
        return end.getDayOfMonth() == end.lengthOfMonth()
                ? Period.months(end.getYear(), 1, end.getMonthValue())
                : new Period(toDate.start(), end, toDate.start() + "/" + end);
    }

    /** Figures of the first paragraph of a language with no period take the next paragraph's first one. */
    private static List<Finding> fillHeadline(List<Finding> out, List<List<Finding>> passages) {
        List<Finding> filled = new ArrayList<>(out);
        int at = 0;
        Map<Language, Boolean> seen = new EnumMap<>(Language.class);
        for (int p = 0; p < passages.size(); p++) {
            List<Finding> passage = passages.get(p);
            if (passage.isEmpty()) {
                continue;
            }
            Language lang = passage.get(0).mention().language();
            boolean first = seen.putIfAbsent(lang, true) == null;
            boolean undated = passage.stream().allMatch(f -> f.mention().period() == null);
            if (first && undated) {
                Period next = firstPeriodAfter(passages, p, lang);
                for (int i = 0; i < passage.size() && next != null; i++) {
                    Finding f = filled.get(at + i);
                    filled.set(at + i, f.withMention(f.mention().withPeriod(next)));
                }
            }
            at += passage.size();
        }
        return filled;
    }

    private static Period firstPeriodAfter(List<List<Finding>> passages, int p, Language lang) {
        for (int q = p + 1; q < passages.size(); q++) {
            for (Finding f : passages.get(q)) {
                if (f.mention().language() == lang && f.mention().period() != null) {
                    return f.mention().period();
                }
            }
            if (!passages.get(q).isEmpty()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "from 3.260 mln a year earlier", "from 603,413 tonnes in the same 1986 period": the period of
     * the figure it is compared with (the last one of its sentence, else the reporting period), a
     * year earlier or in the year named; null when the figure says neither.
     */
    private Period comparedPeriod(Finding f, List<Finding> before, Period reporting, Map<Language, Integer> shift,
            LocalDate ref) {
        Language lang = f.mention().language();
        Words w = words.get(lang);
        int at = f.sentence().indexOf(f.mention().text());
        if (w.reach() == 0 || at < 0) {
            return null;
        }
        int from = at + f.mention().text().length();
        String after = f.sentence().substring(from, Math.min(f.sentence().length(), from + w.reach()))
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Period anchor = reporting;
        for (int i = before.size() - 1; i >= 0; i--) {
            Finding b = before.get(i);
            if (b.sentence().equals(f.sentence()) && b.mention().period() != null && !isComparison(b)) {
                anchor = b.mention().period();
                break;
            }
            if (!b.sentence().equals(f.sentence())) {
                break;
            }
        }
        if (anchor == null || anchor.start().getYear() != anchor.end().getYear()) {
            return null; // "four pct a year this year and next after 3.7 pct last year": its own year is meant
        }
        int year = anchor.start().getYear();
        Matcher named = w.named().matcher(after);
        if (named.find() && noFigureBefore(after, named.start())) {
            shift.put(lang, Integer.parseInt(named.group(1)) - year);
            return anchor.shiftYears(shift.get(lang));
        }
        for (String phrase : w.yearEarlier()) {
            int k = after.indexOf(phrase);
            if (k >= 0 && ownsPhrase(after, k, phrase, f.mention().period() == null, w.yearWords())) {
                shift.put(lang, -1);
                return anchor.shiftYears(-1);
            }
        }
        for (String phrase : w.lastYear()) {
            int k = after.indexOf(phrase);
            if (k >= 0 && ownsPhrase(after, k, phrase, f.mention().period() == null, w.yearWords()) && ref != null && year != ref.getYear() - 1) {
                if (ref.getYear() - 1 - year == -1) {
                    shift.put(lang, -1);
                }
                return anchor.shiftYears(ref.getYear() - 1 - year);
            }
        }
        for (String phrase : w.quarterEarlier()) {
            int k = after.indexOf(phrase);
            if (k >= 0 && ownsPhrase(after, k, phrase, f.mention().period() == null, w.yearWords()) && isQuarter(anchor)) {
                LocalDate start = anchor.start().minusMonths(3);
                return Period.quarter(start.getYear(), (start.getMonthValue() + 2) / 3);
            }
        }
        Period own = f.mention().period();
        boolean saysWhole = w.wholeYear().stream().anyMatch(after::contains);
        if (own != null && isWholeYear(own) && !isWholeYear(anchor) && own.start().getYear() != year && !saysWhole) {
            // "up 1.8 pct from 16.04 mln in 1986" after a part of 1987: the same part of 1986
            return anchor.shiftYears(own.start().getYear() - year);
        }
        if (own == null && shift.get(lang) != null) {
            // "up 16.3 pct from 2.95 mln" in an article whose comparisons are a year back: so is this one
            return anchor.shiftYears(shift.get(lang));
        }
        return null;
    }

    /**
     * Whether the year phrase at {@code k} after a comparison figure is its own: it holds the first
     * of {@code yearWords} after the figure ("1.1 pct this year but less than last year's" does not), no comma comes
     * before it, and it does not open a later figure ("this year's 1.5 pct and last year's 2.9 pct").
     * Figures in between share it when this one names no period of its own: "compared with 14.4 pct
     * and 56.1 billion a year ago".
     */
    private static boolean ownsPhrase(String after, int k, String phrase, boolean undated, List<String> yearWords) {
        int first = -1;
        for (String y : yearWords) {
            int at = after.indexOf(y);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        String between = after.substring(0, k);
        if (!undated && !noFigureBefore(after, k)) {
            return false; // "from 73 mln in January and 60 mln a year ago": the phrase is the second one's
        }
        String next = after.substring(k + phrase.length(), Math.min(after.length(), k + phrase.length() + 8));
        return (first < 0 || first >= k && first < k + phrase.length())
                && !between.contains(",") && !between.contains(";") && next.chars().noneMatch(Character::isDigit);
    }

    /** Whether the figure's sentence names a market event of the day (an auction, a tender). */
    private boolean namesEvent(Finding f) {
        return saysAny(f, words.get(f.mention().language()).events());
    }

    /** Whether the finding's sentence holds one of {@code phrases} as whole words. */
    private static boolean saysAny(Finding f, List<String> phrases) {
        if (phrases.isEmpty()) {
            return false;
        }
        String t = " " + f.sentence().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return phrases.stream().anyMatch(e -> t.contains(" " + e + " "));
    }

    private static boolean isQuarter(Period p) {
        return p.start().getDayOfMonth() == 1 && (p.start().getMonthValue() - 1) % 3 == 0
                && p.end().equals(p.start().plusMonths(3).minusDays(1));
    }

    private static boolean isWholeYear(Period p) {
        return p.start().getDayOfYear() == 1 && p.end().equals(p.start().withMonth(12).withDayOfMonth(31));
    }

    /**
     * "against 2.83 billion in January and 2.23 billion a year ago", "compared with a nine pct decline
     * to 59.3 billion a year ago": the second is a comparison too.
     */
    private boolean joinsComparison(Finding f, List<Finding> before) {
        if (before.isEmpty()) {
            return false;
        }
        Finding prev = before.get(before.size() - 1);
        if (!prev.sentence().equals(f.sentence()) || !isComparison(prev)) {
            return false;
        }
        int gapStart = prev.mention().end();
        int gapEnd = f.mention().start();
        if (gapEnd <= gapStart || gapEnd - gapStart > 40) {
            return false;
        }
        int at = f.sentence().indexOf(f.mention().text());
        int prevAt = f.sentence().indexOf(prev.mention().text());
        if (at < 0 || prevAt < 0 || prevAt + prev.mention().text().length() > at) {
            return false;
        }
        String gap = f.sentence().substring(prevAt + prev.mention().text().length(), at);
        return gap.matches("[^,;:]*\\b(?:and|to)(?:\\s+[^\\s\\d,;:]+){0,3}\\s+");
    }

    private static boolean noFigureBefore(String after, int k) {
        return after.substring(0, k).chars().noneMatch(Character::isDigit);
    }

    private boolean isComparison(Finding f) {
        return comparisons.before(f.mention().language(), f.sentence(), f.sentence().indexOf(f.mention().text()));
    }
}
