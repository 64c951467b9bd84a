package org.econfacts.normalization;

import java.math.BigDecimal;

/** An amount of money; {@code currency} is an ISO 4217 code. */
public record Money(BigDecimal value, String currency) implements FigureValue {
    public Money {
        if (value == null || value.signum() < 0 || currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("bad money " + value + " " + currency);
        }
    }

    @Override
    public FigureKind kind() {
        return FigureKind.MONEY;
    }

    @Override
    public String unit() {
        return currency;
    }

    @Override
    public Money withValue(BigDecimal amount) {
        return new Money(amount, currency);
    }
}
