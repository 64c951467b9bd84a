package org.econfacts.extraction.lang.en;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word lexicon entries matched against tokens ({@code "more than"} is two tokens). Lookups are
 * longest-first and bounded by the longest entry, so matching is linear in the sentence. Immutable.
 */
final class PhraseTable<V> {

    /** A match: tokens [{@code from}, {@code to}) and the entry's value. */
    record Hit<V>(int from, int to, V value) {}

    private final Map<String, V> entries;
    private final int longest;

    PhraseTable(Map<String, V> entries) {
        Map<String, V> copy = new HashMap<>();
        int max = 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT).trim();
            copy.put(key, e.getValue());
            max = Math.max(max, key.split(" ").length);
        }
        this.entries = Map.copyOf(copy);
        this.longest = max;
    }

    static PhraseTable<Boolean> of(List<String> words) {
        Map<String, Boolean> m = new HashMap<>();
        words.forEach(w -> m.put(w, Boolean.TRUE));
        return new PhraseTable<>(m);
    }

    /** The longest entry that starts at token {@code i}. */
    Hit<V> startingAt(List<Tok> toks, int i) {
        for (int n = Math.min(longest, toks.size() - i); n >= 1; n--) {
            V v = entries.get(join(toks, i, i + n));
            if (v != null) {
                return new Hit<>(i, i + n, v);
            }
        }
        return null;
    }

    /** The longest entry that ends just before token {@code end}. */
    Hit<V> endingAt(List<Tok> toks, int end) {
        for (int n = Math.min(longest, end); n >= 1; n--) {
            V v = entries.get(join(toks, end - n, end));
            if (v != null) {
                return new Hit<>(end - n, end, v);
            }
        }
        return null;
    }

    boolean contains(String word) {
        return entries.containsKey(word);
    }

    private static String join(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(toks.get(k).lower());
        }
        return b.toString();
    }
}
