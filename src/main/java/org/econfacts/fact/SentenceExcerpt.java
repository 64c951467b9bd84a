package org.econfacts.fact;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a fact carries of the sentence it was read from. Storing the whole sentence with every fact made
 * storage and answers grow with facts × sentence length (one 7.8 KB sentence with 300 figures stored
 * 2.3 MB). A fact now keeps where its whole sentence lies in the document ({@code [start, end)},
 * half-open UTF-16 indices like the figure's own span) and at most {@link #MAX_LENGTH} characters of
 * it: the whole sentence when it is that short, else the {@code MAX_LENGTH} characters around the
 * figure, with {@link #CUT} where it was cut. Stored and answered size is then linear in the text.
 */
public record SentenceExcerpt(String text, Integer start, Integer end) {

    /** Longest sentence text a fact carries, in UTF-16 units (plus the cut marks). */
    public static final int MAX_LENGTH = 200;

    /** Marks where a long sentence was cut. */
    public static final String CUT = "…";

    /**
     * Finds sentences in one document. Findings of one sentence share its string, so each distinct
     * sentence is searched for once, keeping the work linear in the text.
     */
    public static final class Locator {
        private final String document;
        private final Map<String, Integer> found = new IdentityHashMap<>();

        public Locator(String document) {
            this.document = document;
        }

        /** The excerpt of {@code sentence} for the figure at [{@code from}, {@code to}). */
        public SentenceExcerpt excerpt(String sentence, int from, int to) {
            Integer at = found.get(sentence);
            if (at == null || !covers(at, sentence, from, to)) {
                at = locate(sentence, from, to);
                if (at != null) {
                    found.put(sentence, at);
                }
            }
            return of(sentence, at, from, to);
        }

        private Integer locate(String sentence, int from, int to) {
            if (document == null) {
                return null;
            }
            int at = document.indexOf(sentence, Math.max(0, to - sentence.length()));
            return at >= 0 && covers(at, sentence, from, to) ? at : null;
        }

        private static boolean covers(int at, String sentence, int from, int to) {
            return at <= from && to <= at + sentence.length();
        }
    }

    /**
     * The excerpt of a sentence found at {@code at} in the document (null when it could not be
     * located: then the sentence is cut from its start, without offsets).
     */
    static SentenceExcerpt of(String sentence, Integer at, int from, int to) {
        int length = sentence.length();
        Integer start = at;
        Integer end = at == null ? null : at + length;
        if (length <= MAX_LENGTH) {
            return new SentenceExcerpt(sentence, start, end);
        }
        int a = at == null ? 0 : from - at;
        int b = at == null ? 0 : to - at;
        int cutFrom = Math.max(0, Math.min(a - (MAX_LENGTH - (b - a)) / 2, length - MAX_LENGTH));
        if (b - a > MAX_LENGTH) {
            cutFrom = a;
        }
        int cutTo = cutFrom + MAX_LENGTH;
        if (cutFrom > 0 && Character.isLowSurrogate(sentence.charAt(cutFrom))) {
            cutFrom++;
        }
        if (cutTo < length && Character.isHighSurrogate(sentence.charAt(cutTo - 1))) {
            cutTo--;
        }
        String text = (cutFrom > 0 ? CUT : "") + sentence.substring(cutFrom, cutTo) + (cutTo < length ? CUT : "");
        return new SentenceExcerpt(text, start, end);
    }
}
