package org.econfacts.extraction.lang.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.econfacts.normalization.Period;
import org.econfacts.normalization.PeriodResolver;

/**
 * Finds English period phrases in a text and resolves them against a reference date (the article's
 * date): years, halves, quarters, months, month ranges, "the first N months", days, "the end of",
 * "this/last year". Also finds dates that are no facts (so that the recognizer can skip their
 * numbers). Patterns are compiled once, have bounded repetition only, and the finder holds no
 * mutable state, so it is thread-safe and linear in the text.
 */
public final class EnglishPeriodFinder {

    private record Rule(String name, Pattern pattern, BiFunction<Matcher, LocalDate, Period> resolve) {}

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String REL = "(this year|last year|next year|the previous year|the past year|the year|"
            + "the current year|(?:19|20)\\d{2})";
    private static final String NOT_YEAR_TAIL = "(?!['’]s\\b)(?![-–/]?\\d)";

    private final Map<String, Integer> months;
    private final Map<String, Integer> halves;
    private final Map<String, Integer> quarters;
    private final Map<String, java.math.BigDecimal> smallNumbers;
    private final List<Rule> rules;
    private final Pattern bases;
    private final PeriodResolver resolver = new PeriodResolver();

    public EnglishPeriodFinder(EnglishLexicon lexicon) {
        EnglishLexicon.Periods p = lexicon.periods();
        this.months = Map.copyOf(p.months());
        this.halves = Map.copyOf(p.halves());
        this.quarters = Map.copyOf(p.quarters());
        this.smallNumbers = Map.copyOf(lexicon.numbers().units());
        String month = "(" + alternation(p.months().keySet()) + ")\\.?";
        String prep = "(?:(?:" + alternation(p.prepositions()) + ") )?";
        String monthPrep = "(?:" + alternation(p.monthPrepositions()) + ")";
        String half = "(" + alternation(p.halves().keySet()) + ")";
        String quarter = "(" + alternation(p.quarters().keySet()) + ")";
        String count = "(\\d{1,2}|" + alternation(lexicon.numbers().units().keySet()) + ")";
        this.bases = Pattern.compile("\\b(?:" + alternation(lexicon.changes().bases().values().stream()
                .flatMap(List::stream).toList()) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.rules = List.of(
                rule(END_OF, prep + "(?:the end of |end[- ])(?:" + month + "(?:,? " + YEAR + ")?|" + REL + ")",
                        this::endOf),
                // a fiscal year written as its months: "April-March 2020-21", "April-March 2019/20"
                rule("fiscal months", prep + month + "\\s?[-–]\\s?" + month + " " + YEAR + "[-–/](\\d{2}|(?:19|20)\\d{2})",
                        this::fiscalMonths),
                rule("whole year", prep + "the (?:whole|entire|full)(?: year)? (?:of )?" + YEAR + NOT_YEAR_TAIL,
                        (m, ref) -> resolver.year(Integer.parseInt(m.group(1)))),
                rule("first days of month", prep + "the first " + count + " days of (?:" + month + "(?:,? " + YEAR
                        + ")?|(?:the|this) month)", this::firstDaysOfMonth),
                // "last year's 2.9 pct", "this year's harvest": the year owns what follows
                rule(POSSESSIVE_YEAR, "(this|last|next) year['’]s", this::relativeYear),
                rule("half of year", prep + "the " + half + "[- ]half(?:,? (?:of )?" + REL + ")?",
                        (m, ref) -> resolver.half(year(m.group(2), ref), halves.get(lower(m.group(1))), ref)),
                rule("H1 year", prep + "(?:H([12])[ -]?" + YEAR + "|" + YEAR + "[ -]?H([12])|H([12]))",
                        this::hForm),
                rule("quarter of year", prep + "the " + quarter + "[- ]quarter(?:,? (?:of )?" + REL + ")?",
                        (m, ref) -> resolver.quarter(year(m.group(2), ref), quarters.get(lower(m.group(1))), ref)),
                rule("Q3 year", prep + "(?:Q([1-4])(?:[ -]?" + YEAR + ")?|" + YEAR + "[ -]?Q([1-4]))",
                        this::qForm),
                rule("Q3 this year", prep + "(?:Q([1-4])|H([12])),? (?:of )?(this year|last year|next year)",
                        (m, ref) -> m.group(1) != null ? resolver.quarter(year(m.group(3), ref), Integer.parseInt(m.group(1)), ref)
                                : resolver.half(year(m.group(3), ref), Integer.parseInt(m.group(2)), ref)),
                // forecasts "for this year and next": both years
                rule("years relative", prep + "(?:(this|last)\\s+year\\s+and\\s+(next|this)(?:\\s+year)?"
                        + "|(this|last)\\s+and\\s+(next|this)\\s+years?)"
                        + NOT_YEAR_TAIL, this::relativeYears),
                rule("year range", prep + "(?:(?:from )?" + YEAR + " (?:to|until|till|through) " + YEAR
                        + "|between " + YEAR + " and " + YEAR + ")" + NOT_YEAR_TAIL, this::yearRange),
                // wire copy's weekly and rolling periods: "the four weeks ended March 20", "the week ending April 3"
                rule("units ended day", prep + "the (?:" + count + " )?(weeks?|months?|days?) (?:ended|ending|to|through) "
                        + month + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? " + YEAR + ")?(?![\\d,.]\\d)", this::unitsEnded),
                rule("day range across months", prep + "(?:between |from )?" + month + " (\\d{1,2})(?:st|nd|rd|th)?"
                        + "(?: and | to | through | until | till | ?[-–] ?)" + month + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? " + YEAR
                        + ")?(?![\\d,.]\\d)", this::dayRangeAcrossMonths),
                // "at today's tender": an event of the day the story was filed
                rule("today's", "today['’]s", (m, ref) -> Period.day(ref)),
                rule("day range in month", prep + "(?:between )?" + month + " (\\d{1,2})(?:st|nd|rd|th)?"
                        + "(?: ?[-–] ?| to | through | until | till | and )(\\d{1,2})(?:st|nd|rd|th)?(?:,? " + YEAR + ")?"
                        + "(?![\\d,.]\\d)", (m, ref) -> dayRange(m.group(4), m.group(1), m.group(2), m.group(3), ref)),
                rule("days of month", prep + "(?:(?:from )?(\\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?| to | through | until | till )"
                        + "|between (\\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?| and ))(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + month
                        + "(?:,? " + YEAR + ")?", (m, ref) -> dayRange(m.group(5),
                                m.group(4), m.group(1) != null ? m.group(1) : m.group(2), m.group(3), ref)),
                rule("relative week", "(?:(?:in|during|over|for) )?(this|last|next|the past|the coming|the current) week"
                        + NOT_YEAR_TAIL, this::relativeWeek),
                rule("first days", prep + "the first (\\d{1,3}) (days|weeks) of (?:the|this) year",
                        (m, ref) -> resolver.firstDays(ref.getYear(),
                                Integer.parseInt(m.group(1)) * (lower(m.group(2)).startsWith("week") ? 7 : 1))),
                rule("first months", prep + "the first " + count + " months(?: of " + REL + ")?",
                        this::firstMonths),
                rule("first quarters", prep + "the first " + count + " quarters(?: of " + REL + ")?",
                        (m, ref) -> firstMonths(m, ref, 3)),
                rule("month range", prep + "(?:between |the " + count + " months of )?" + month + "(?:\\s?[-–/]\\s?| to | through | and )" + month
                        + "(?:,? " + YEAR + ")?", this::monthRange),
                rule("month day year", prep + month + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? " + YEAR + ")?(?![\\d,.]\\d)",
                        (m, ref) -> day(m.group(3), m.group(1), m.group(2), ref)),
                rule("day month year", prep + "(\\d{1,2}) " + month + "(?:,? " + YEAR + ")?",
                        (m, ref) -> day(m.group(3), m.group(2), m.group(1), ref)),
                rule("month relative year", prep + month + ",? (this|last|next) year" + NOT_YEAR_TAIL,
                        (m, ref) -> Period.month(year(m.group(2), ref), months.get(lower(m.group(1))))),
                // "The February trade surplus", "its March auction": a month before what it dates
                rule("month before noun", "(?:the|its|their)(?: [a-z]+ly)?(?: [a-z]+(?:ed|ly))? " + month
                        + "(?= [a-z]{3,})(?! (?:\\d|of\\b))",
                        (m, ref) -> Period.month(ref.getYear(), months.get(lower(m.group(1))))),
                // "over the next two years" in a forecast: this year and the next
                rule("next years", prep + "the next " + count + " years", this::nextYears),
                rule("month year", prep + month + " ?,? " + YEAR,
                        (m, ref) -> resolver.month(Integer.parseInt(m.group(2)), months.get(lower(m.group(1))), ref)),
                rule("month", monthPrep + " " + month,
                        (m, ref) -> resolver.month(null, months.get(lower(m.group(1))), ref)),
                rule("year to date", "(?:year-to-date|year to date|so far this year|ytd)",
                        (m, ref) -> resolver.yearToDate(ref)),
                rule("relative year", prep + "(this|last|next) year" + NOT_YEAR_TAIL, this::relativeYear),
                rule("relative month", prep + "(this|last|next|the coming|the current) month" + NOT_YEAR_TAIL,
                        (m, ref) -> resolver.relativeMonth(shift(m.group(1)), ref)),
                rule("year", "(?:(?:in|during|for|since|by|of|throughout|through|fiscal|FY) ?|as of )" + YEAR
                        + NOT_YEAR_TAIL, (m, ref) -> resolver.year(Integer.parseInt(m.group(1)))));
    }

    private static Rule rule(String name, String regex, BiFunction<Matcher, LocalDate, Period> resolve) {
        return new Rule(name, Pattern.compile("(?<![\\w-])" + regex + "(?![\\w])", Pattern.CASE_INSENSITIVE),
                resolve);
    }

    /**
     * Rule name of a wire-service dateline ("BEIJING, March 7 (Xinhua) --"): a date, but the day the
     * story was filed, not the period of its figures.
     */
    public static final String DATELINE = "dateline";

    /** Rule name of "at the end of 2020", "at end-1988". */
    public static final String END_OF = "end of period";

    /** Rule name of "last year's", "this year's": a period of what follows it only. */
    public static final String POSSESSIVE_YEAR = "relative year possessive";

    private static final Pattern DATELINE_TAIL = Pattern.compile("\\s*(?:\\([^)]{1,40}\\))?\\s*(?:--|—|–|:|-\\s)");

    private static boolean isDateline(String text, Matcher m) {
        return m.start() < 60 && DATELINE_TAIL.matcher(text).region(m.end(), text.length()).lookingAt();
    }

    /** Every period phrase of {@code text}, non-overlapping, in text order (longest wins at a start). */
    public List<PeriodPhrase> find(String text, LocalDate ref) {
        // wire copy wraps lines anywhere ("in\n1988"): match on one-line text of the same length
        String flat = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        List<int[]> masked = new ArrayList<>();
        Matcher b = bases.matcher(flat);
        while (b.find()) {
            masked.add(new int[] {b.start(), b.end()});
        }
        List<PeriodPhrase> all = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(flat);
            while (m.find()) {
                if (overlapsAny(m.start(), m.end(), masked)) {
                    continue;
                }
                try {
                    Period period = rule.resolve().apply(m, ref);
                    if (period != null) {
                        all.add(new PeriodPhrase(m.start(), m.end(), period, isDateline(text, m) ? DATELINE : rule.name()));
                    }
                } catch (DateTimeException | NullPointerException | NumberFormatException e) {
                    // not a valid date ("February 30"): no period
                }
            }
        }
        all.sort(Comparator.comparingInt(PeriodPhrase::start).thenComparing(p -> p.start() - p.end()));
        List<PeriodPhrase> out = new ArrayList<>();
        int until = -1;
        for (PeriodPhrase p : all) {
            if (p.start() >= until) {
                out.add(p);
                until = p.end();
            }
        }
        return out;
    }

    /** Whether {@code word} is a month name or its abbreviation ("May", "Sept."). */
    boolean isMonthName(String word) {
        String w = lower(word);
        return months.containsKey(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** Offsets of basis phrases ("the same period last year"), which are not periods of a figure. */
    public List<int[]> bases(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher b = bases.matcher(text);
        while (b.find()) {
            out.add(new int[] {b.start(), b.end()});
        }
        return out;
    }

    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
    }

    private Period endOf(Matcher m, LocalDate ref) {
        if (m.group(1) != null) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
            return resolver.endOfMonth(year, months.get(lower(m.group(1))), ref);
        }
        return resolver.endOfYear(yearOrRef(m.group(3), ref));
    }

    private Period hForm(Matcher m, LocalDate ref) {
        if (m.group(1) != null) {
            return resolver.half(Integer.valueOf(m.group(2)), Integer.parseInt(m.group(1)), ref);
        }
        if (m.group(3) != null) {
            return resolver.half(Integer.valueOf(m.group(3)), Integer.parseInt(m.group(4)), ref);
        }
        return resolver.half(null, Integer.parseInt(m.group(5)), ref);
    }

    private Period qForm(Matcher m, LocalDate ref) {
        if (m.group(1) != null) {
            return resolver.quarter(m.group(2) != null ? Integer.valueOf(m.group(2)) : null,
                    Integer.parseInt(m.group(1)), ref);
        }
        return resolver.quarter(Integer.valueOf(m.group(3)), Integer.parseInt(m.group(4)), ref);
    }

    private Period firstMonths(Matcher m, LocalDate ref) {
        return firstMonths(m, ref, 1);
    }

    /** "the first three quarters": the first {@code count × months} months of the year. */
    private Period firstMonths(Matcher m, LocalDate ref, int months) {
        String n = lower(m.group(1));
        int count = (Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : smallNumbers.get(n).intValueExact()) * months;
        return count > 12 ? null : resolver.firstMonths(year(m.group(2), ref), count, ref);
    }

    private Period monthRange(Matcher m, LocalDate ref) {
        Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
        return resolver.months(year, months.get(lower(m.group(2))), months.get(lower(m.group(3))), ref);
    }

    private Period nextYears(Matcher m, LocalDate ref) {
        int n = number(m.group(1));
        return n < 2 || n > 10 ? null : resolver.years(ref.getYear(), ref.getYear() + n - 1);
    }

    /** "April-March 2020-21": from the first month in the first year to the second month in the next. */
    private Period fiscalMonths(Matcher m, LocalDate ref) {
        int first = Integer.parseInt(m.group(3));
        String second = m.group(4);
        int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
        if (last != first + 1) {
            return null;
        }
        return resolver.span(Period.month(first, months.get(lower(m.group(1)))), Period.month(last, months.get(lower(m.group(2)))));
    }

    /** "the first six days of April": days 1..n of that month (its year as for one day). */
    private Period firstDaysOfMonth(Matcher m, LocalDate ref) {
        int n = number(m.group(1));
        if (n < 2) {
            return null;
        }
        if (m.group(2) == null) { // "the first six days of the month": the article's month
            return resolver.days(ref.getYear(), ref.getMonthValue(), 1, n, ref);
        }
        return dayRange(m.group(3), m.group(2), "1", Integer.toString(n), ref);
    }

    /** "from 2019 to 2021", "between 2019 and 2021": both whole years, labelled "2019/2021". */
    private Period yearRange(Matcher m, LocalDate ref) {
        int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int to = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
        return resolver.years(from, to);
    }

    /** "November 19-20", "from 4 to 22 January": days of one month; without a year, as for one day. */
    private Period dayRange(String year, String month, String fromDay, String toDay, LocalDate ref) {
        return resolver.days(year == null ? null : Integer.valueOf(year), months.get(lower(month)),
                Integer.parseInt(fromDay), Integer.parseInt(toDay), ref);
    }

    /** The Monday-to-Sunday week of the reference date, or the one before or after it. */
    private Period unitsEnded(Matcher m, LocalDate ref) {
        int n = m.group(1) == null ? 1 : number(m.group(1));
        String unit = lower(m.group(2));
        java.time.temporal.ChronoUnit u = unit.startsWith("week") ? java.time.temporal.ChronoUnit.WEEKS
                : unit.startsWith("month") ? java.time.temporal.ChronoUnit.MONTHS : java.time.temporal.ChronoUnit.DAYS;
        return resolver.ending(day(m.group(5), m.group(3), m.group(4), ref), n, u);
    }

    private int number(String count) {
        return Character.isDigit(count.charAt(0)) ? Integer.parseInt(count) : smallNumbers.get(lower(count)).intValue();
    }

    private Period dayRangeAcrossMonths(Matcher m, LocalDate ref) {
        Period last = day(m.group(5), m.group(3), m.group(4), ref);
        Period first = m.group(5) != null ? day(m.group(5), m.group(1), m.group(2), ref)
                : day(Integer.toString(last.start().getYear()), m.group(1), m.group(2), ref);
        return resolver.span(first, last);
    }

    private Period relativeYears(Matcher m, LocalDate ref) {
        String first = m.group(1) != null ? m.group(1) : m.group(3);
        String second = m.group(2) != null ? m.group(2) : m.group(4);
        return resolver.span(resolver.relativeYear(shift(first), ref), resolver.relativeYear(shift(second), ref));
    }

    private Period relativeWeek(Matcher m, LocalDate ref) {
        return resolver.week(shift(m.group(1)), ref);
    }

    /** "last"/"the past" -1, "next"/"the coming" +1, else 0. */
    private static int shift(String relative) {
        String rel = lower(relative);
        return rel.equals("last") || rel.equals("the past") ? -1 : rel.equals("next") || rel.equals("the coming") ? 1 : 0;
    }

    private Period relativeYear(Matcher m, LocalDate ref) {
        return resolver.relativeYear(shift(m.group(1)), ref);
    }

    /** A day; without a year, the one year rule of {@link PeriodResolver} decides. */
    private Period day(String year, String month, String day, LocalDate ref) {
        return resolver.day(year == null ? null : Integer.valueOf(year), months.get(lower(month)), Integer.parseInt(day), ref);
    }

    /** The year a relative or written year names, or null when none is written. */
    private static Integer year(String rel, LocalDate ref) {
        return rel == null ? null : yearOrRef(rel, ref);
    }

    private static int yearOrRef(String rel, LocalDate ref) {
        if (rel == null) {
            return ref.getYear();
        }
        String r = lower(rel);
        if (Character.isDigit(r.charAt(0))) {
            return Integer.parseInt(r);
        }
        return r.startsWith("last") || r.contains("previous") || r.contains("past") ? ref.getYear() - 1 : ref.getYear();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
