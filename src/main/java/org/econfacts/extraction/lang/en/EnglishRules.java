package org.econfacts.extraction.lang.en;

import java.util.Set;
import org.econfacts.extraction.LanguageProfile;
import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;

/** Builds the English rule set from {@code extraction/en/lexicon.yaml}; fails fast if it is malformed. */
public final class EnglishRules {
    private EnglishRules() {}

    public static LanguageRules create() {
        return create(EnglishLexicon.load());
    }

    static LanguageRules create(EnglishLexicon lexicon) {
        EnglishNumberParser numbers = new EnglishNumberParser(lexicon);
        EnglishPeriodFinder periods = new EnglishPeriodFinder(lexicon);
        return new LanguageRules(numbers, new EnglishPeriodParser(periods),
                new EnglishFigureRecognizer(lexicon, numbers, periods));
    }

    /**
     * The English profile: CoreNLP sentences and tokens ({@code corenlp/en.properties}), part-of-speech
     * tags for the sentences {@link NumeralCue} says may hold a figure, our rules, Penn-tag subjects,
     * and entities from {@code corenlp/en-entities.properties} on those same tokens (a sentence with a
     * figure is not tokenised and tagged twice), with gazetteer aliases as whole words.
     */
    public static LanguageProfile profile(CoreNlpPipelines pipelines) {
        EnglishLexicon lexicon = EnglishLexicon.load();
        return new LanguageProfile("en", new EnglishSentenceSplitter(pipelines, new NumeralCue(lexicon)), create(lexicon),
                new EnglishSubjects(lexicon),
                new LanguageProfile.Entities("en-entities", "en-pos", Set.of(),
                        LanguageProfile.AliasSearch.LATIN_WORDS));
    }
}
