package org.econfacts.extraction;

/**
 * A token of a sentence as CoreNLP saw it. Offsets are half-open Java string indices into the
 * document as submitted. {@code word} is the token as the tagger read it (the folded, Simplified form
 * for Chinese); {@code pos} is the Penn (English) or CTB (Chinese) tag and {@code ner} the named-entity
 * tag ({@code O} for none); either is null when the sentence has not been tagged that far.
 */
public record Token(String word, int start, int end, String pos, String ner) {
    public Token {
        if (word == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + word + " [" + start + "," + end + ")");
        }
    }

    /** A token with a part of speech (or none) and no entity tag yet. */
    public Token(String word, int start, int end, String pos) {
        this(word, start, end, pos, null);
    }

    public boolean isEntity() {
        return ner != null && !ner.equals("O");
    }
}
