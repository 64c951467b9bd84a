package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Words of a sentence no tokenizer has seen: numbers with their glued letters, words, single marks. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("\\d[\\d,.]*[a-zA-Z]{0,3}|[\\p{L}][\\p{L}\\p{N}'.-]*|\\S");

    /**
     * The tokens with offsets into {@link #text()} rather than the document, their words as written
     * there; a plain split with no tags when the sentence has no tokens. At the sentence's end a
     * one-letter abbreviation the tokenizer kept its full stop on ("1.1 mln b/d.") loses it: the stop
     * ends the sentence.
     */
    public List<Token> localTokens() {
        List<Token> out = new ArrayList<>(Math.max(tokens.size(), 8));
        if (tokens.isEmpty()) {
            Matcher m = PLAIN_WORDS.matcher(text);
            while (m.find()) {
                out.add(new Token(m.group(), m.start(), m.end(), null));
            }
            return out;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int s = t.start() - start;
            int e = t.end() - start;
            if (k == tokens.size() - 1 && e - s == 2 && Character.isLetter(text.charAt(s)) && text.charAt(e - 1) == '.') {
                e--;
            }
            if (s >= 0 && e <= text.length() && s < e) {
                out.add(new Token(text.substring(s, e), s, e, t.pos()));
            }
        }
        return out;
    }

    /** The same sentence with its tokens. */
    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(text, start, language, newTokens, folded);
    }
}
