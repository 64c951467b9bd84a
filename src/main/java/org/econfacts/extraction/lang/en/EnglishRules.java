package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.LanguageRules;

/** Builds the English rule set from {@code extraction/en/lexicon.yaml}; fails fast if it is malformed. */
public final class EnglishRules {
    private EnglishRules() {}

    public static LanguageRules create() {
        EnglishLexicon lexicon = EnglishLexicon.load();
        EnglishNumberParser numbers = new EnglishNumberParser(lexicon);
        EnglishPeriodFinder periods = new EnglishPeriodFinder(lexicon);
        return new LanguageRules(numbers, new EnglishPeriodParser(periods),
                new EnglishFigureRecognizer(lexicon, numbers, periods));
    }
}
