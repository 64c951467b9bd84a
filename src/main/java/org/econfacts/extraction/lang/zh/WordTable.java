package org.econfacts.extraction.lang.zh;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Words with a value, looked up longest-first at a position or ending at a position. Lookups cost
 * at most {@code maxLength} hash probes, so scanning stays linear. Immutable once built.
 */
public final class WordTable<V> {

    /** A word found in a text: {@code [start, end)} and its value. */
    public record Hit<V>(int start, int end, String word, V value) {}

    private final Map<String, V> words;
    private final int maxLength;

    public WordTable(Map<String, V> words) {
        this.words = Map.copyOf(words);
        this.maxLength = words.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static <V> WordTable<V> empty() {
        return new WordTable<>(new HashMap<>());
    }

    /** The longest word starting at {@code pos}. */
    public Optional<Hit<V>> longestAt(String text, int pos) {
        for (int len = Math.min(maxLength, text.length() - pos); len > 0; len--) {
            String w = text.substring(pos, pos + len);
            V v = words.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(pos, pos + len, w, v));
            }
        }
        return Optional.empty();
    }

    /** The longest word ending just before {@code end}. */
    public Optional<Hit<V>> longestEndingAt(String text, int end) {
        for (int len = Math.min(maxLength, end); len > 0; len--) {
            String w = text.substring(end - len, end);
            V v = words.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(end - len, end, w, v));
            }
        }
        return Optional.empty();
    }

    public boolean contains(String word) {
        return words.containsKey(word);
    }

    public Optional<V> get(String word) {
        return Optional.ofNullable(words.get(word));
    }
}
