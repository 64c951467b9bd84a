package org.econfacts.extraction;

/** A mention with the sentence it was read from (the sentence text is stored as provenance). */
public record Finding(Mention mention, String sentence) {
    public Finding {
        if (mention == null || sentence == null) {
            throw new IllegalArgumentException("incomplete finding");
        }
    }
}
