package org.econfacts.extraction;

/**
 * A token of a sentence as CoreNLP saw it. Offsets are half-open Java string indices into the
 * document as submitted. {@code word} is the token as the tagger read it (the folded, Simplified form
 * for Chinese); {@code pos} is the Penn (English) or CTB (Chinese) tag and {@code ner} the named-entity
 * tag ({@code O} for none); either is null when the sentence has not been tagged that far.
 */
public record Token(String word, int start, int end, String pos, String ner) {

    /** The longest bracketed aside, in tokens, that a subject finder reads past. */
    public static final int ASIDE_REACH = 10;

    public Token {
        if (word == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + word + " [" + start + "," + end + ")");
        }
    }

    /** A token with a part of speech (or none) and no entity tag yet. */
    public Token(String word, int start, int end, String pos) {
        this(word, start, end, pos, null);
    }

    /** The word in lower case, as the rules compare words (no copy when it already is). */
    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    /** The same token with offsets moved by {@code delta} (a sentence's tokens made local to it). */
    public Token shifted(int delta) {
        return new Token(word, start + delta, end + delta, pos, ner);
    }

    public boolean isEntity() {
        return ner != null && !ner.equals("O");
    }

    /** A closing bracket, as any tagger writes it: {@code )}, {@code （}'s pair {@code ）}, Penn's {@code -RRB-}. */
    public boolean closesBracket() {
        return word.equals(")") || word.equals("\uFF09") || "-RRB-".equals(pos) || word.equals("-RRB-");
    }

    /** An opening bracket: {@code (}, {@code （}, Penn's {@code -LRB-}. */
    public boolean opensBracket() {
        return word.equals("(") || word.equals("\uFF08") || "-LRB-".equals(pos) || word.equals("-LRB-");
    }

    /**
     * Where the bracketed aside that token {@code close} closes opens ("investment (excluding rural
     * households) rose", 固定资产投资（不含农户）50847亿元), at most {@link #ASIDE_REACH} tokens back; -1
     * when {@code close} closes none.
     */
    public static int asideOpening(java.util.List<Token> tokens, int close) {
        if (close < 1 || close >= tokens.size() || !tokens.get(close).closesBracket()) {
            return -1;
        }
        for (int k = close - 1; k >= 0 && close - k <= ASIDE_REACH; k--) {
            if (tokens.get(k).opensBracket()) {
                return k;
            }
            if (tokens.get(k).closesBracket()) {
                return -1;
            }
        }
        return -1;
    }
}
