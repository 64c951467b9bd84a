package org.econfacts.normalization;

/**
 * A figure that states a change ({@code up 15 percent year-on-year}). The figure's value is then the
 * magnitude of the change; the direction says which way. {@code basis} may be null when the text
 * does not say what the change is measured against.
 */
public record Change(Direction direction, Basis basis) {
    public Change {
        if (direction == null) {
            throw new IllegalArgumentException("a change needs a direction");
        }
    }

    public enum Direction {
        INCREASE,
        DECREASE
    }

    public enum Basis {
        YEAR_ON_YEAR,
        QUARTER_ON_QUARTER,
        MONTH_ON_MONTH,
        PREVIOUS_PERIOD
    }
}
