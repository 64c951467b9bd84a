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
