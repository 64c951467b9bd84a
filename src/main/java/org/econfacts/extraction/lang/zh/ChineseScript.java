package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.Language;
import org.econfacts.extraction.ScriptFolder;

/**
 * Tells Traditional from Simplified Chinese: counts the chars that only exist in one script (those
 * Hant-Hans changes are Traditional, those Hans-Hant changes are Simplified). Ties go to zh-Hans.
 */
public final class ChineseScript {
    private final ScriptFolder folder;

    public ChineseScript(ScriptFolder folder) {
        this.folder = folder;
    }

    public Language detect(String text) {
        int hant = 0;
        int hans = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (folder.simplify(c) != c) {
                hant++;
            } else if (folder.traditionalize(c) != c) {
                hans++;
            }
        }
        return hant > hans ? Language.ZH_HANT : Language.ZH_HANS;
    }
}
