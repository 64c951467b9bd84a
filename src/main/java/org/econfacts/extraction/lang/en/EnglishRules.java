package org.econfacts.extraction.lang.en;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.econfacts.extraction.LanguageProfile;
import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.Lexicon;
import org.econfacts.extraction.NumeralCue;
import org.econfacts.extraction.PeriodRules;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;

/**
 * Builds the English rule set from {@code extraction/en/lexicon.yaml} and {@code grammar.yaml}; fails fast
 * if either is malformed.
 */
public final class EnglishRules {
    private EnglishRules() {}

    public static LanguageRules create() {
        return create(EnglishGrammarWords.load(), Lexicon.load("en"));
    }

    static LanguageRules create(EnglishGrammarWords words, Lexicon lexicon) {
        EnglishNumberParser numbers = new EnglishNumberParser(words);
        PeriodRules periods = periods(words, lexicon, numbers);
        return new LanguageRules(numbers, periods, new EnglishFigureRecognizer(words, lexicon, numbers, periods));
    }

    /**
     * The period rules of {@code extraction/en/periods.yaml}: counts may be the lexicon's number words,
     * and no period overlaps a comparison base ("from the same period last year").
     */
    static PeriodRules periods(EnglishGrammarWords words, Lexicon lexicon, EnglishNumberParser numbers) {
        return PeriodRules.load("en", numbers, UnaryOperator.identity(),
                Map.of("numberWords", words.numbers().units().keySet()), lexicon.basisPhrases());
    }

    /**
     * The English profile: CoreNLP sentences and tokens ({@code corenlp/en.properties}), part-of-speech
     * tags for the sentences {@link NumeralCue} says may hold a figure, our rules, Penn-tag subjects,
     * and entities from {@code corenlp/en-entities.properties} on those same tokens (a sentence with a
     * figure is not tokenised and tagged twice), with gazetteer aliases as whole words.
     */
    public static LanguageProfile profile(CoreNlpPipelines pipelines) {
        EnglishGrammarWords words = EnglishGrammarWords.load();
        Lexicon lexicon = Lexicon.load("en");
        LanguageRules rules = create(words, lexicon);
        return new LanguageProfile("en", new EnglishSentenceSplitter(pipelines, new NumeralCue(rules.numbers())), rules,
                new EnglishSubjects(words, lexicon, rules.periods().words("month")),
                new LanguageProfile.Entities("en-entities", "en-pos", Set.of(),
                        LanguageProfile.AliasSearch.LATIN_WORDS));
    }
}
