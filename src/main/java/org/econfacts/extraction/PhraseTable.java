package org.econfacts.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lexicon phrases with a value, looked up longest-first, for every language: in unsegmented text by
 * characters ({@code 逾}, {@code 个百分点}) or in a token sequence by words ({@code "more than"} is
 * two tokens). A lookup costs at most as many probes as the longest phrase is long, so scanning a
 * sentence stays linear. Immutable once built.
 */
public final class PhraseTable<V> {

    /** A phrase found at {@code [start, end)}: characters of a text, or indices of a token list. */
    public record Hit<V>(int start, int end, String word, V value) {}

    private final Map<String, V> entries;
    private final int maxChars;
    private final int maxWords;

    /** Phrases matched as written (Chinese: the text is folded first). */
    public PhraseTable(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.maxChars = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.maxWords = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** Phrases of words matched case-insensitively against lower-cased tokens. */
    public static <V> PhraseTable<V> ofWords(Map<String, V> entries) {
        Map<String, V> lower = new HashMap<>();
        entries.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT).trim(), v));
        return new PhraseTable<>(lower);
    }

    /** A set of word phrases, each worth {@code true}. */
    public static PhraseTable<Boolean> ofWords(List<String> words) {
        Map<String, Boolean> m = new HashMap<>();
        words.forEach(w -> m.put(w, Boolean.TRUE));
        return ofWords(m);
    }

    /** The longest phrase starting at character {@code pos} of {@code text}. */
    public Optional<Hit<V>> longestAt(String text, int pos) {
        for (int len = Math.min(maxChars, text.length() - pos); len > 0; len--) {
            String w = text.substring(pos, pos + len);
            V v = entries.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(pos, pos + len, w, v));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase ending just before character {@code end} of {@code text}. */
    public Optional<Hit<V>> longestEndingAt(String text, int end) {
        for (int len = Math.min(maxChars, end); len > 0; len--) {
            String w = text.substring(end - len, end);
            V v = entries.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(end - len, end, w, v));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase whose words are tokens {@code [i, …)}; {@code word} gives a token's (lower-cased) word. */
    public <T> Optional<Hit<V>> wordsAt(List<T> tokens, int i, Function<T, String> word) {
        for (int n = Math.min(maxWords, tokens.size() - i); n >= 1; n--) {
            String w = join(tokens, i, i + n, word);
            V v = entries.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(i, i + n, w, v));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase whose words are the tokens just before token {@code end}. */
    public <T> Optional<Hit<V>> wordsEndingAt(List<T> tokens, int end, Function<T, String> word) {
        for (int n = Math.min(maxWords, end); n >= 1; n--) {
            String w = join(tokens, end - n, end, word);
            V v = entries.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(end - n, end, w, v));
            }
        }
        return Optional.empty();
    }

    public boolean contains(String phrase) {
        return entries.containsKey(phrase);
    }

    public Optional<V> get(String phrase) {
        return Optional.ofNullable(entries.get(phrase));
    }

    private static <T> String join(List<T> tokens, int from, int to, Function<T, String> word) {
        if (to - from == 1) {
            return word.apply(tokens.get(from));
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(word.apply(tokens.get(k)));
        }
        return b.toString();
    }
}
