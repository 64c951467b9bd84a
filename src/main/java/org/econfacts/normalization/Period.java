package org.econfacts.normalization;

import java.time.LocalDate;

/**
 * The time a figure refers to, as a closed date range, with a compact label: {@code 2020},
 * {@code 2021-H1}, {@code 2021-Q3}, {@code 2021-07}, {@code 2021-07-19}, or {@code A/B} for a span.
 */
public record Period(LocalDate start, LocalDate end, String label) {
    public Period {
        if (start == null || end == null || label == null || end.isBefore(start)) {
            throw new IllegalArgumentException("bad period " + label + " " + start + ".." + end);
        }
    }

    /**
     * The same span {@code years} later (earlier when negative): the comparison period of "a year
     * ago". A span that ends on the last day of a month still does (February in a leap year).
     */
    public Period shiftYears(int years) {
        LocalDate s = start.plusYears(years);
        LocalDate e = end.plusYears(years);
        if (end.getDayOfMonth() == end.lengthOfMonth()) {
            e = e.withDayOfMonth(e.lengthOfMonth());
        }
        java.util.regex.Matcher m = YEAR_IN_LABEL.matcher(label);
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(shifted, Integer.toString(Integer.parseInt(m.group()) + years));
        }
        m.appendTail(shifted);
        return new Period(s, e, shifted.toString());
    }

    private static final java.util.regex.Pattern YEAR_IN_LABEL = java.util.regex.Pattern.compile("(?<![\\d-])\\d{4}");

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Integer.toString(year));
    }

    public static Period half(int year, int half) {
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(start, start.plusMonths(6).minusDays(1), year + "-H" + half);
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }

    public static Period month(int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return new Period(start, start.plusMonths(1).minusDays(1), String.format("%d-%02d", year, month));
    }

    /** Months {@code from}..{@code to} of one year, e.g. January-July. */
    public static Period months(int year, int from, int to) {
        if (from == to) {
            return month(year, from);
        }
        LocalDate start = LocalDate.of(year, from, 1);
        LocalDate end = LocalDate.of(year, to, 1).plusMonths(1).minusDays(1);
        return new Period(start, end, String.format("%d-%02d/%d-%02d", year, from, year, to));
    }

    public static Period day(LocalDate day) {
        return new Period(day, day, day.toString());
    }
}
