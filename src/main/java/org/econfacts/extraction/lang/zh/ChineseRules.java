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
        ScriptFolder folder = new ScriptFolder();
        ChineseLexicon lexicon = ChineseLexicon.load();
        ChineseNumberParser numbers = new ChineseNumberParser(folder, lexicon);
        ChinesePeriodParser periods = new ChinesePeriodParser(folder, numbers, lexicon);
        return new LanguageRules(numbers, periods, new ChineseFigureRecognizer(folder, lexicon, numbers, periods));
    }
}
