package org.econfacts.normalization;

import java.math.BigDecimal;

/**
 * A currency word worth {@code factor} units of an ISO 4217 currency: "cents" are 0.01 USD, "MAUD"
 * is 1 000 000 AUD, "yuan" is 1 CNY.
 */
public record CurrencyUnit(String currency, BigDecimal factor) {

    public CurrencyUnit {
        if (currency == null || !currency.matches("[A-Z]{3}") || factor == null || factor.signum() <= 0) {
            throw new IllegalArgumentException("bad currency unit " + currency + " × " + factor);
        }
    }

    /** The amount of a number written in this unit. */
    public Money of(BigDecimal number) {
        return new Money(number.multiply(factor), currency);
    }
}
