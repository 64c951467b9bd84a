package org.econfacts.normalization;

import java.math.BigDecimal;

/**
 * A normalised figure: one record per kind. Amounts are exact and in base units
 * ({@code 50.9 billion yuan} is 50900000000); percentages are percent points as written.
 */
public sealed interface FigureValue permits Money, Percent, Count, Quantity {

    FigureKind kind();

    BigDecimal value();

    /** ISO 4217 code, {@code %}/{@code percentage points}, counted noun, or physical unit. */
    String unit();

    /** The same kind and unit with another amount ("679 mln" read with the unit of "419 mln dlrs"). */
    FigureValue withValue(BigDecimal amount);
}
