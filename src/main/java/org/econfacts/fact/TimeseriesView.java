package org.econfacts.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.econfacts.normalization.FigureKind;

/**
 * Points for a chart: facts whose period is exactly one year, half, quarter or month (by
 * {@code granularity}), per period and unit, in period order. A fact about a half-year never adds
 * into a year's point, so nothing is counted twice.
 */
public record TimeseriesView(String granularity, List<Point> points) {

    public record Point(String period, LocalDate start, LocalDate end, FigureKind kind, String unit, long count,
            BigDecimal sum, BigDecimal min, BigDecimal max) {}
}
