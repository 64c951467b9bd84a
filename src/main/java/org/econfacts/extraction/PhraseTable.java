package org.econfacts.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Lexicon phrases with a value, looked up longest-first, for every language: in unsegmented text by
 * characters ({@code 逾}, {@code 个百分点}) or in a token sequence by words ({@code "more than"} is
 * two tokens), both through {@link Units}. A lookup costs at most as many probes as the longest phrase is long, so scanning a
 * sentence stays linear. Immutable once built.
 */
public final class PhraseTable<V> {

    /** A phrase found at {@code [start, end)}: characters of a text, or indices of a token list. */
    public record Hit<V>(int start, int end, String word, V value) {}

    private static final Pattern SLASH_IN_WORD = Pattern.compile("(?<=\\p{L})/(?=\\p{L})");

    private final Map<String, V> entries;
    private final int maxChars;
    private final int maxWords;

    /** Phrases matched as written (Chinese: the text is folded first). */
    public PhraseTable(Map<String, V> entries) {
        this.entries = Map.copyOf(entries);
        this.maxChars = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.maxWords = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /**
     * Phrases of words matched case-insensitively against lower-cased tokens. A slash between letters
     * is a token of its own, as the tokenizer leaves it ("b/d" is the tokens b, /, d): such a phrase is
     * also entered with spaces around its slash.
     */
    public static <V> PhraseTable<V> ofWords(Map<String, V> entries) {
        Map<String, V> lower = new HashMap<>();
        entries.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT).trim();
            lower.put(key, v);
            lower.putIfAbsent(SLASH_IN_WORD.matcher(key).replaceAll(" / "), v);
        });
        return new PhraseTable<>(lower);
    }

    /** Phrases written as the lexicon's {@link Lexicon.PhraseForm} says: words ({@code spaced}) or characters. */
    public static <V> PhraseTable<V> of(Map<String, V> entries, boolean spaced) {
        return spaced ? ofWords(entries) : new PhraseTable<>(entries);
    }

    /** A set of phrases, each worth {@code true}, written as words ({@code spaced}) or characters. */
    public static PhraseTable<Boolean> of(List<String> phrases, boolean spaced) {
        Map<String, Boolean> m = new HashMap<>();
        phrases.forEach(w -> m.put(w, Boolean.TRUE));
        return of(m, spaced);
    }

    /** The longest phrase whose units are {@code units} [{@code i}, …). */
    public Optional<Hit<V>> at(Units units, int i) {
        for (int n = Math.min(units.spaced() ? maxWords : maxChars, units.size() - i); n >= 1; n--) {
            String w = units.joined(i, i + n);
            V v = entries.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(i, i + n, w, v));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase whose units end just before unit {@code end} of {@code units}. */
    public Optional<Hit<V>> endingAt(Units units, int end) {
        for (int n = Math.min(units.spaced() ? maxWords : maxChars, end); n >= 1; n--) {
            String w = units.joined(end - n, end);
            V v = entries.get(w);
            if (v != null) {
                return Optional.of(new Hit<>(end - n, end, w, v));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase starting at character {@code pos} of {@code text}. */
    public Optional<Hit<V>> longestAt(String text, int pos) {
        return at(Units.chars(text), pos);
    }

    /** The longest phrase ending just before character {@code end} of {@code text}. */
    public Optional<Hit<V>> longestEndingAt(String text, int end) {
        return endingAt(Units.chars(text), end);
    }

    /** The longest phrase whose words are tokens {@code [i, …)}; {@code word} gives a token's (lower-cased) word. */
    public <T> Optional<Hit<V>> wordsAt(List<T> tokens, int i, Function<T, String> word) {
        return at(Units.words(tokens, word), i);
    }

    /** The longest phrase whose words are the tokens just before token {@code end}. */
    public <T> Optional<Hit<V>> wordsEndingAt(List<T> tokens, int end, Function<T, String> word) {
        return endingAt(Units.words(tokens, word), end);
    }

    public boolean contains(String phrase) {
        return entries.containsKey(phrase);
    }

    public Optional<V> get(String phrase) {
        return Optional.ofNullable(entries.get(phrase));
    }
}
