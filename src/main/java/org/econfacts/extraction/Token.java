package org.econfacts.extraction;

/**
 * A token of a sentence as CoreNLP saw it. Offsets are half-open Java string indices into the
 * document as submitted; {@code pos} is the Penn (English) or CTB (Chinese) tag, or null when the
 * language's pipeline does not tag.
 */
public record Token(String word, int start, int end, String pos) {
    public Token {
        if (word == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + word + " [" + start + "," + end + ")");
        }
    }
}
