package org.econfacts.extraction;

/**
 * A word of a sentence with its part of speech and named-entity tag ({@code O} for none). Offsets
 * are document offsets into the text as submitted; {@code word} is the folded (Simplified) form for
 * Chinese.
 */
public record TaggedToken(String word, int start, int end, String pos, String ner) {

    public boolean isEntity() {
        return ner != null && !ner.equals("O");
    }
}
