package org.econfacts.extraction;

import java.util.Map;

/** The rule set of each language family; both Chinese scripts share one (text is folded first). */
public final class RuleBook {

    private final LanguageRules english;
    private final LanguageRules chinese;

    public RuleBook(LanguageRules english, LanguageRules chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public LanguageRules forLanguage(Language language) {
        return language.isChinese() ? chinese : english;
    }

    public Map<String, LanguageRules> families() {
        return Map.of("en", english, "zh", chinese);
    }
}
