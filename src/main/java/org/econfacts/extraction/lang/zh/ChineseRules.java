package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.PeriodRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.econfacts.extraction.ChineseSentenceSplitter;
import org.econfacts.extraction.LanguageProfile;
import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.Lexicon;
import org.econfacts.extraction.ScriptFolder;

/**
 * Builds the Chinese rule set from {@code extraction/zh/lexicon.yaml} and {@code grammar.yaml}: one set
 * for zh-Hant and zh-Hans, since every sentence is folded to Simplified, half-width before matching.
 */
public final class ChineseRules {
    private ChineseRules() {}

    public static LanguageRules create() {
        return create(new ScriptFolder());
    }

    /** The rule set on a shared folder (it caches folded characters; build one per process). */
    public static LanguageRules create(ScriptFolder folder) {
        return create(folder, ChineseGrammarWords.load(), Lexicon.load("zh"));
    }

    static LanguageRules create(ScriptFolder folder, ChineseGrammarWords words, Lexicon lexicon) {
        ChineseNumberParser numbers = new ChineseNumberParser(folder, words);
        PeriodRules periods = PeriodRules.load("zh", numbers, t -> folder.fold(t).text(), Map.of(), List.of());
        return new LanguageRules(numbers, periods, new ChineseFigureRecognizer(words, lexicon, numbers, periods));
    }

    /**
     * The Chinese profile: sentences cut at 。！？； and folded, our rules, CTB-tag subjects, and
     * entities from {@code corenlp/zh-entities.properties}, where an untyped proper noun (NR) still
     * names an entity and gazetteer aliases are searched in the unsegmented text.
     */
    public static LanguageProfile profile(ScriptFolder folder) {
        ChineseGrammarWords words = ChineseGrammarWords.load();
        return new LanguageProfile("zh", new ChineseSentenceSplitter(folder), create(folder, words, Lexicon.load("zh")),
                new ChineseSubjects(words),
                new LanguageProfile.Entities("zh-entities", null, Set.of("NR"),
                        LanguageProfile.AliasSearch.HAN_ANYWHERE));
    }
}
