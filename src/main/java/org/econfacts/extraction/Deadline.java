package org.econfacts.extraction;

import java.time.Duration;

/**
 * A time budget for reading one document, checked between sentences (every rule is linear in the
 * sentence, so a sentence cannot overrun it by much) and inside every stage that compares figures with
 * each other (Dedupe, LinkFigures, PairTwins). {@link #NONE} never expires.
 */
public record Deadline(long nanoTime, Duration budget) {

    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos(), budget);
    }

    /** Time left before the deadline (zero once passed); null for {@link #NONE}. */
    public Duration remaining() {
        if (budget == null) {
            return null;
        }
        return Duration.ofNanos(Math.max(0, nanoTime - System.nanoTime()));
    }

    /** Throws when the budget is spent. */
    public void check() {
        if (budget != null && System.nanoTime() - nanoTime > 0) {
            throw new ExtractionTimeoutException(budget);
        }
    }
}
