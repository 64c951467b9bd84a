package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.YamlResources;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The words the English grammar reads, from {@code extraction/en/grammar.yaml}, as typed records: number
 * words, counting, shares written as words, subject words. The sections every language shares are in
 * {@link org.econfacts.extraction.Lexicon}. Loaded once;
 * {@link #load()} fails fast on a missing, unknown or malformed entry. Immutable after loading.
 */
public record EnglishGrammarWords(
        Numbers numbers,
        List<String> negativeWords,
        List<String> lowerCasePercent,
        Map<String, BigDecimal> fractions,
        List<String> fractionBlockers,
        List<String> fractionPoints,
        Counting count,
        Subjects subjects) {

    public static final String RESOURCE = "extraction/en/grammar.yaml";

    public record Numbers(Map<String, BigDecimal> units, Map<String, BigDecimal> tens, List<String> hundreds,
            List<String> dozens, Map<String, BigDecimal> scales, List<String> afterDigitsOnly,
            List<String> indefinite, Map<String, BigDecimal> denominators, List<String> bareDenominators,
            List<String> signs, String pointWord, List<String> ratioWords, String andWord, String ofWord) {}

    public record Counting(List<String> stopNouns, List<String> excludedNumerals, List<String> modifierTags,
            List<String> headTags, List<String> collectiveNouns, int window, List<String> anaphora, List<String> referenceWords,
            List<String> centWords, List<String> yearLikeNouns, List<String> yearLikeBlockers) {}

    /** Words {@link EnglishSubjects} reads around a figure. */
    public record Subjects(List<String> linking, List<String> having, List<String> shareVerbs,
            List<String> skipBefore, List<String> followingPrepositions, List<String> innerPrepositions,
            List<String> measuringVerbs, List<String> clauseBreaks, List<String> verbParticles, List<String> measureNouns, List<String> timeNouns,
            List<String> valueLinks, List<String> partLinks, List<String> changeLinks, List<String> shareParticles,
            String shareNoun, String shareLink, List<String> nounPhraseWords, List<String> coordinators,
            List<String> clauseDeterminers, List<String> articles) {}

    public EnglishGrammarWords {
        require(numbers != null && negativeWords != null && fractions != null && fractionBlockers != null
                && fractionPoints != null && count != null && subjects != null, "a section is missing");
        require(!numbers.units().isEmpty() && !numbers.scales().isEmpty(), "numbers.units/scales empty");
        require(count.window() > 0 && count.window() < 10, "count.window out of range");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + ": " + what);
        }
    }

    /** Reads the lexicon from the class path; throws IllegalStateException when it is malformed. */
    public static EnglishGrammarWords load() {
        return YamlResources.readComplete(RESOURCE, EnglishGrammarWords.class);
    }
}
