package org.econfacts.normalization;

import java.math.BigDecimal;

/**
 * What a percent word written after a number makes of it, in every language: a percentage
 * ("15 percent", {@code 15%}), percentage points ("0.5 percentage points", {@code 0.5个百分点}) or basis
 * points, a hundredth of a point ("25 basis points" is 0.25 points).
 */
public enum PercentUnit {
    PERCENT(BigDecimal.ONE, false),
    POINTS(BigDecimal.ONE, true),
    BASIS_POINTS(new BigDecimal("0.01"), true);

    private final BigDecimal factor;
    private final boolean points;

    PercentUnit(BigDecimal factor, boolean points) {
        this.factor = factor;
        this.points = points;
    }

    /** The number as written with this word after it. */
    public Percent of(BigDecimal number) {
        return new Percent(number.multiply(factor), points);
    }

    public boolean points() {
        return points;
    }
}
