package org.econfacts.extraction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Reads a whole numeral of one language ({@code 1.2 million}, {@code twenty-five}, {@code 六四〇．五億}). */
public interface NumberParser {

    /** The exact value of {@code text} as a whole, or empty when it is not one numeral. */
    Optional<BigDecimal> parse(String text);

    /**
     * The lower-case words, of two letters or more, that say a numeral may stand in a sentence
     * ({@link NumeralCue}); empty for a language whose numerals are characters, not words.
     */
    default Set<String> numeralWords() {
        return Set.of();
    }
}
