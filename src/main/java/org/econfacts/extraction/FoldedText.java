package org.econfacts.extraction;

/**
 * Text rewritten for matching, with a map back to the text it came from: {@code toOriginal[i]} is
 * the index in the original of folded char {@code i}; {@code toOriginal[length]} is the original
 * length, so half-open spans map with {@link #originalStart}/{@link #originalEnd}.
 */
public record FoldedText(String original, String text, int[] toOriginal) {
    public FoldedText {
        if (original == null || text == null || toOriginal == null || toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("bad folded text");
        }
    }

    /** A fold that keeps every character in place ({@link ScriptFolder}, {@link Sentence#folded()}). */
    public static FoldedText inPlace(String original, String folded) {
        int[] map = new int[folded.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new FoldedText(original, folded, map);
    }

    public int originalStart(int foldedStart) {
        return toOriginal[foldedStart];
    }

    /** Original index just past folded span {@code [.., foldedEnd)}. */
    public int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : toOriginal[foldedEnd - 1] + 1;
    }
}
