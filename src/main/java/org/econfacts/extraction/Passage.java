package org.econfacts.extraction;

/** A run of text in one language, an exact slice of the document starting at {@code start}. */
public record Passage(String text, int start, Language language) {
    public Passage {
        if (text == null || start < 0 || language == null) {
            throw new IllegalArgumentException("bad passage");
        }
    }
}
