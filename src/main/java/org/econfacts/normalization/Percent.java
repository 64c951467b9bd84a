package org.econfacts.normalization;

import java.math.BigDecimal;

/** A percentage as written (15.3 means 15.3 %), or a change in percentage points. */
public record Percent(BigDecimal value, boolean points) implements FigureValue {
    public static final String PERCENT = "%";
    public static final String POINTS = "percentage points";

    public Percent {
        if (value == null) {
            throw new IllegalArgumentException("a percentage needs a value");
        }
    }

    @Override
    public FigureKind kind() {
        return FigureKind.PERCENT;
    }

    @Override
    public String unit() {
        return points ? POINTS : PERCENT;
    }

    @Override
    public Percent withValue(BigDecimal amount) {
        return new Percent(amount, points);
    }
}
