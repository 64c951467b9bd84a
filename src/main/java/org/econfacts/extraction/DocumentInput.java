package org.econfacts.extraction;

import java.time.LocalDate;

/**
 * What the pipeline reads: the text as submitted and the date relative periods resolve against.
 * {@code declaredLanguage} is the caller's hint (may be null): it restricts which languages are read.
 */
public record DocumentInput(String text, LocalDate publishedAt, String declaredLanguage) {
    public DocumentInput {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
    }
}
