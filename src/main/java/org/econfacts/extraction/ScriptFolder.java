package org.econfacts.extraction;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Folds Chinese text for matching: Traditional characters to Simplified (ICU4J {@code Hant-Hans})
 * and full-width ASCII forms ({@code ０-９ ． ， ％ Ａ}) plus the ideographic space to half-width.
 * <p>Folding is done one UTF-16 unit at a time and a character is only replaced when ICU maps it
 * to exactly one UTF-16 unit, so the output has the input's length and the offset map is the
 * identity; anything ICU would expand or contract is kept as written. Thread-safe: ICU
 * transliterators are not safe for concurrent use, so each char is folded once under a lock and
 * cached.
 */
public final class ScriptFolder {
    private final Transliterator toSimplified;
    private final Transliterator toTraditional;
    private final ConcurrentMap<Character, Character> simplified = new ConcurrentHashMap<>();
    private final ConcurrentMap<Character, Character> traditional = new ConcurrentHashMap<>();

    public ScriptFolder() {
        this.toSimplified = Transliterator.getInstance("Hant-Hans");
        this.toTraditional = Transliterator.getInstance("Hans-Hant");
    }

    public FoldedText fold(String text) {
        char[] out = new char[text.length()];
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            out[i] = simplify(halfWidth(text.charAt(i)));
            map[i] = i;
        }
        map[text.length()] = text.length();
        return new FoldedText(text, new String(out), map);
    }

    /** Simplified form of one char, or the char itself when ICU changes nothing or not 1:1. */
    public char simplify(char c) {
        if (!isHan(c)) {
            return c;
        }
        return simplified.computeIfAbsent(c, k -> oneToOne(toSimplified, k));
    }

    /** Traditional form of one char (used to tell the scripts apart). */
    public char traditionalize(char c) {
        if (!isHan(c)) {
            return c;
        }
        return traditional.computeIfAbsent(c, k -> oneToOne(toTraditional, k));
    }

    /**
     * The script a Chinese text is written in: the chars ICU changes from Traditional to Simplified
     * count for zh-Hant, those it changes the other way for zh-Hans; ties (no Han char of either kind)
     * go to zh-Hans.
     */
    public Language script(String text) {
        int hant = 0;
        int hans = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (simplify(c) != c) {
                hant++;
            } else if (traditionalize(c) != c) {
                hans++;
            }
        }
        return hant > hans ? Language.ZH_HANT : Language.ZH_HANS;
    }

    static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static char oneToOne(Transliterator t, char c) {
        String result;
        synchronized (t) {
            result = t.transliterate(String.valueOf(c));
        }
        return result.length() == 1 ? result.charAt(0) : c;
    }
}
