package org.econfacts.normalization;

import java.math.BigDecimal;

/** A number of things; {@code noun} is what is counted ({@code companies}, {@code 家}), may be null. */
public record Count(BigDecimal value, String noun) implements FigureValue {
    public Count {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("bad count " + value);
        }
    }

    @Override
    public FigureKind kind() {
        return FigureKind.COUNT;
    }

    @Override
    public String unit() {
        return noun;
    }

    @Override
    public Count withValue(BigDecimal amount) {
        return new Count(amount, noun);
    }
}
