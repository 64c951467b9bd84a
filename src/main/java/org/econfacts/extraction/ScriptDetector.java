package org.econfacts.extraction;

import com.ibm.icu.text.Transliterator;

/**
 * Tells Traditional from Simplified Chinese by how many characters each ICU folding changes: text
 * that Hant→Hans changes more than Hans→Hant is Traditional. Ties (no script-specific character)
 * count as Simplified, the more common script.
 */
public final class ScriptDetector {

    private final ThreadLocal<Transliterator> toSimplified =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));
    private final ThreadLocal<Transliterator> toTraditional =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hans-Hant"));

    public Language detect(String chinese) {
        int traditional = differences(chinese, toSimplified.get().transliterate(chinese));
        int simplified = differences(chinese, toTraditional.get().transliterate(chinese));
        return traditional > simplified ? Language.ZH_HANT : Language.ZH_HANS;
    }

    private static int differences(String a, String b) {
        if (a.length() != b.length()) {
            return Math.abs(a.length() - b.length());
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }
}
