package org.econfacts.normalization;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Turns the parts of a period expression, as any language's rules read them, into a {@link Period},
 * against a reference date (the article's publication date). Pure and stateless: the languages differ
 * in how they write a period, never in what it means.
 * <p><b>The one year rule.</b> A month or a day written without a year ({@code in November},
 * {@code on December 25}, {@code 12月}, {@code 11月底}, {@code September to November}) is in the
 * reference year, unless it would start after the reference date: news reports what has happened, so
 * it is then the one of the year before. The same holds for halves and quarters ("the fourth quarter"
 * in a March article is last year's; "the first quarter" in August is this year's). "The first N
 * months" without a year are the reference year's, as they start in January.
 * <p>A {@code year} argument of {@code null} means the text names none.
 */
public final class PeriodResolver {

    /** The year a month or day without a year belongs to: the reference year, else the one before. */
    public int yearOf(int month, int day, LocalDate ref) {
        LocalDate candidate = LocalDate.of(ref.getYear(), month, Math.min(day, YearMonth.of(ref.getYear(), month).lengthOfMonth()));
        return candidate.isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
    }

    public Period year(int year) {
        return Period.year(year);
    }

    /** {@code this year} (0), {@code last year} (-1), {@code 前年} (-2), {@code next year} (1). */
    public Period relativeYear(int offset, LocalDate ref) {
        return Period.year(ref.getYear() + offset);
    }

    /** {@code the second half}: without a year, the one rule (in a March article, last year's). */
    public Period half(Integer year, int half, LocalDate ref) {
        return Period.half(year != null ? year : yearOf(half * 6 - 5, 1, ref), half);
    }

    /** {@code the fourth quarter}, {@code 四季度}: without a year, the one rule (in a March article, last year's). */
    public Period quarter(Integer year, int quarter, LocalDate ref) {
        return Period.quarter(year != null ? year : yearOf(quarter * 3 - 2, 1, ref), quarter);
    }

    public Period month(Integer year, int month, LocalDate ref) {
        return Period.month(year != null ? year : yearOf(month, 1, ref), month);
    }

    public Period day(Integer year, int month, int day, LocalDate ref) {
        LocalDate date = LocalDate.of(year != null ? year : yearOf(month, day, ref), month, day);
        return Period.day(date);
    }

    /** Months {@code from}..{@code to} of one year ({@code January-July}, {@code 9-11月}); null if reversed. */
    public Period months(Integer year, int from, int to, LocalDate ref) {
        return from > to ? null : Period.months(year != null ? year : yearOf(from, 1, ref), from, to);
    }

    /** {@code the first seven months}, {@code 前7个月}: January to month {@code n}; null unless 1..12. */
    public Period firstMonths(Integer year, int n, LocalDate ref) {
        return n >= 1 && n <= 12 ? Period.months(orRef(year, ref), 1, n) : null;
    }

    /** {@code the first 78 days of the year}: from January 1, {@code days} days; null unless within the year. */
    public Period firstDays(int year, int days) {
        LocalDate start = LocalDate.of(year, 1, 1);
        if (days < 1 || days > start.lengthOfYear()) {
            return null;
        }
        LocalDate end = start.plusDays(days - 1L);
        return new Period(start, end, start + "/" + end);
    }

    /**
     * {@code so far this year}, {@code year-to-date}: January 1 to the reference date, the last day the
     * article can cover (CarryPeriods ends it earlier when the article reports an earlier last day).
     */
    public Period yearToDate(LocalDate ref) {
        LocalDate start = ref.withDayOfYear(1);
        return start.equals(ref) ? Period.day(ref) : new Period(start, ref, start + "/" + ref);
    }

    /** Days {@code from}..{@code to} of one month ({@code March 8-12}, {@code 8月23日-25日}); null if not after. */
    public Period days(Integer year, int month, int from, int to, LocalDate ref) {
        Period first = day(year, month, from, ref);
        LocalDate last = first.start().withDayOfMonth(to);
        return last.isAfter(first.start()) ? new Period(first.start(), last, first.label() + "/" + last) : null;
    }

    /** {@code the end of June}, {@code 6月底}: the month's last day. */
    public Period endOfMonth(Integer year, int month, LocalDate ref) {
        int y = year != null ? year : yearOf(month, 1, ref);
        return Period.day(YearMonth.of(y, month).atEndOfMonth());
    }

    /** {@code the end of 2020}, {@code 去年底}: 31 December. */
    public Period endOfYear(int year) {
        return Period.day(LocalDate.of(year, 12, 31));
    }

    /** {@code from 2017 to 2019}: whole years, labelled {@code 2017/2019}; null unless {@code from < to}. */
    public Period years(int from, int to) {
        return from < to ? span(Period.year(from), Period.year(to)) : null;
    }

    /** {@code last month} (-1), {@code this month} (0), {@code 下个月} (1). */
    public Period relativeMonth(int offset, LocalDate ref) {
        YearMonth ym = YearMonth.from(ref).plusMonths(offset);
        return Period.month(ym.getYear(), ym.getMonthValue());
    }

    /** {@code 上季度} (-1), {@code 本季度} (0), {@code 下季度} (1). */
    public Period relativeQuarter(int offset, LocalDate ref) {
        LocalDate d = ref.withDayOfMonth(1).minusMonths((ref.getMonthValue() - 1) % 3).plusMonths(3L * offset);
        return Period.quarter(d.getYear(), (d.getMonthValue() + 2) / 3);
    }

    /** The Monday-to-Sunday week of the reference date, shifted by {@code offset} weeks. */
    public Period week(int offset, LocalDate ref) {
        LocalDate monday = monday(offset, ref);
        return span(Period.day(monday), Period.day(monday.plusDays(6)));
    }

    /** Saturday and Sunday of that week. */
    public Period weekend(int offset, LocalDate ref) {
        LocalDate monday = monday(offset, ref);
        return span(Period.day(monday.plusDays(5)), Period.day(monday.plusDays(6)));
    }

    /** One day of that week, {@code dayOfWeek} 1 (Monday) to 7 (Sunday). */
    public Period weekday(int offset, int dayOfWeek, LocalDate ref) {
        return Period.day(monday(offset, ref).plusDays(dayOfWeek - 1L));
    }

    /** The last {@code dayOfWeek} (1 Monday to 7 Sunday) on or before the reference date: "on Tuesday" in a news story. */
    public Period lastWeekday(int dayOfWeek, LocalDate ref) {
        return Period.day(ref.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.of(dayOfWeek))));
    }

    /**
     * {@code the four weeks ended March 20}, {@code the 12 months to June 30}, {@code the quarter to June}:
     * {@code n} weeks, months or days that end on {@code last} (a day), labelled {@code A/B}; null unless
     * 1..53 units. Months that end on a month's last day start on a month's first ({@code the three months
     * to June 30} is April to June, not March 31 to June 30).
     */
    public Period ending(Period last, int n, java.time.temporal.ChronoUnit unit) {
        if (n < 1 || n > 53) {
            return null;
        }
        LocalDate end = last.end();
        boolean wholeMonths = unit == java.time.temporal.ChronoUnit.MONTHS && end.equals(YearMonth.from(end).atEndOfMonth());
        LocalDate start = wholeMonths ? YearMonth.from(end).minusMonths(n - 1L).atDay(1) : end.minus(n, unit).plusDays(1);
        return new Period(start, end, start + "/" + end);
    }

    /** From the start of {@code first} to the end of {@code last}, labelled {@code A/B}; null if it runs backwards. */
    public Period span(Period first, Period last) {
        if (last.start().isBefore(first.start()) || last.end().isBefore(first.start())) {
            return null;
        }
        return new Period(first.start(), last.end(), first.label() + "/" + last.label());
    }

    private static LocalDate monday(int offset, LocalDate ref) {
        return ref.minusDays(ref.getDayOfWeek().getValue() - 1L).plusWeeks(offset);
    }

    private static int orRef(Integer year, LocalDate ref) {
        return year != null ? year : ref.getYear();
    }
}
