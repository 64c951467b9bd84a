package org.econfacts.extraction;

import java.time.LocalDate;
import java.util.Optional;
import org.econfacts.normalization.Period;

/** Resolves a whole period expression ({@code the first half of last year}, {@code 今年上半年}). */
public interface PeriodParser {

    /** The period {@code text} names, resolved against {@code referenceDate}; empty if none. */
    Optional<Period> parse(String text, LocalDate referenceDate);
}
