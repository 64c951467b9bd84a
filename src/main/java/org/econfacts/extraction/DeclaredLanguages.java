package org.econfacts.extraction;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads the caller's optional language hint: {@code en}, {@code zh} (either script),
 * {@code zh-Hant}, {@code zh-Hans}, or a {@code +}-joined combination. No hint reads everything.
 */
public final class DeclaredLanguages {
    private DeclaredLanguages() {}

    public static Set<Language> parse(String hint) {
        if (hint == null || hint.isBlank()) {
            return EnumSet.allOf(Language.class);
        }
        Set<Language> out = EnumSet.noneOf(Language.class);
        for (String part : hint.split("\\+")) {
            String tag = part.trim();
            if (tag.equalsIgnoreCase("zh")) {
                out.add(Language.ZH_HANT);
                out.add(Language.ZH_HANS);
            } else {
                out.add(Language.fromTag(tag).orElseThrow(() -> new UnsupportedLanguageException(hint)));
            }
        }
        return out;
    }
}
