package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.ScriptFolder;

/**
 * Builds the Chinese rule set from {@code extraction/zh/lexicon.yaml}: one set for zh-Hant and
 * zh-Hans, since every part folds the text to Simplified, half-width before matching.
 */
public final class ChineseRules {
    private ChineseRules() {}

    public static LanguageRules create() {
        return create(new ScriptFolder());
    }

    /** The rule set on a shared folder (it caches folded characters; build one per process). */
    public static LanguageRules create(ScriptFolder folder) {
        ChineseLexicon lexicon = ChineseLexicon.load();
        ChineseNumberParser numbers = new ChineseNumberParser(folder, lexicon);
        ChinesePeriodParser periods = new ChinesePeriodParser(folder, numbers, lexicon);
        return new LanguageRules(numbers, periods, new ChineseFigureRecognizer(folder, lexicon, numbers, periods));
    }
}
