package org.econfacts.extraction;

import java.util.List;

/**
 * One sentence of a document in one language. {@code text} is the exact substring of the document
 * as submitted that starts at {@code start}; tokens (possibly empty) carry document offsets too.
 * {@code folded} is the text as the language's rules read it ({@link LanguageProfile#fold}: for
 * Chinese, Simplified and half-width), folded once by the sentence splitter; it has the length of
 * {@code text}, so an index into one is an index into the other.
 */
public record Sentence(String text, int start, Language language, List<Token> tokens, String folded) {
    public Sentence {
        if (text == null || start < 0 || language == null) {
            throw new IllegalArgumentException("bad sentence");
        }
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        folded = folded == null ? text : folded;
        if (folded.length() != text.length()) {
            throw new IllegalArgumentException("folded text must keep the length of the sentence");
        }
    }

    /** A sentence whose text needs no folding (English). */
    public Sentence(String text, int start, Language language, List<Token> tokens) {
        this(text, start, language, tokens, text);
    }

    /** Document offset just past the sentence. */
    public int end() {
        return start + text.length();
    }

    /** The same sentence with its tokens. */
    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(text, start, language, newTokens, folded);
    }
}
