package org.econfacts.extraction;

import java.util.List;

/**
 * One sentence of a document in one language. {@code text} is the exact substring of the document
 * as submitted that starts at {@code start}; tokens (possibly empty) carry document offsets too.
 */
public record Sentence(String text, int start, Language language, List<Token> tokens) {
    public Sentence {
        if (text == null || start < 0 || language == null) {
            throw new IllegalArgumentException("bad sentence");
        }
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    public Sentence(String text, int start, Language language) {
        this(text, start, language, List.of());
    }

    /** Document offset just past the sentence. */
    public int end() {
        return start + text.length();
    }
}
