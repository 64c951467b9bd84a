package org.econfacts.normalization;

import java.math.BigDecimal;

/** A physical quantity ({@code tonnes}, {@code barrels}, {@code TEU}, {@code kWh}). */
public record Quantity(BigDecimal value, String unit) implements FigureValue {
    public Quantity {
        if (value == null || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("bad quantity " + value + " " + unit);
        }
    }

    @Override
    public FigureKind kind() {
        return FigureKind.QUANTITY;
    }

    @Override
    public Quantity withValue(BigDecimal amount) {
        return new Quantity(amount, unit);
    }
}
