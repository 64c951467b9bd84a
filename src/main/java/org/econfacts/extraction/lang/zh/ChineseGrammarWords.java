package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.PhraseTable;
import org.econfacts.extraction.YamlResources;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the Chinese grammar reads, from {@code extraction/zh/grammar.yaml}, typed and validated:
 * numeral characters, what follows a number (多, 成, measure words, 角/分), what blocks one, subject
 * words. The sections every language shares are in {@link org.econfacts.extraction.Lexicon}. All words
 * are Simplified and half-width because the text is folded before matching.
 */
public record ChineseGrammarWords(
        Numerals numerals,
        PhraseTable<Boolean> moreSuffixes,
        Set<String> cnySubunits,
        PhraseTable<Boolean> jiao,
        PhraseTable<Boolean> fen,
        Set<String> subunitBlockedAfter,
        String tenthsWord,
        Set<String> tenthsEndBefore,
        Set<String> tenthsBlockedAfter,
        String genericMeasureWord,
        PhraseTable<Boolean> countWords,
        PhraseTable<Boolean> nounsAfterGe,
        PhraseTable<Boolean> notCountAfterGe,
        Set<String> signBlockedAfter,
        Set<String> blockedBefore,
        Set<String> rangeConnectors,
        Subjects subjects) {

    public static final String RESOURCE = "extraction/zh/grammar.yaml";

    /** Numeral characters: digits, in-section units (十百千), section scales (万亿). */
    public record Numerals(Map<Character, Integer> digits, Map<Character, Integer> units,
            Map<Character, BigDecimal> sections, Set<Character> decimalPoints, int maxLength, int maxIntegerDigits,
            Map<Character, Character> formal, Set<Character> negativeSigns, @JsonProperty("fraction") String fractionWord,
            @JsonProperty("mixedFraction") String mixedWord, String half, Set<Character> countingOnly) {
        public boolean isNumeralChar(char c) {
            return (c >= '0' && c <= '9') || digits.containsKey(c) || units.containsKey(c) || sections.containsKey(c);
        }

        public boolean isDigit(char c) {
            return (c >= '0' && c <= '9') || digits.containsKey(c);
        }
    }

    /** Words {@link ChineseSubjects} reads around a figure. */
    public record Subjects(Set<String> namingVerbs, Set<String> notSubjects, Set<String> comparison,
            Set<String> conjunctions, String perWord, Set<String> shareWords, Set<String> shareAdverbs,
            Set<String> shareLinks, String possessive) {}

    public static ChineseGrammarWords load() {
        return YamlResources.readComplete(RESOURCE, File.class).bind();
    }

    /** {@code grammar.yaml} as written, bound strictly by the loader every language's lexicon uses. */
    record File(Numerals numerals, List<String> moreSuffixes, CnySubunits cnySubunits, String tenthsWord,
            List<String> tenthsEndBefore, List<String> tenthsBlockedAfter, List<String> countWords,
            String genericMeasureWord, List<String> nounsAfterGe, List<String> notCountAfterGe,
            List<String> signBlockedAfter, List<String> blockedBefore, List<String> rangeConnectors, Subjects subjects) {

        ChineseGrammarWords bind() {
            require(numerals.maxLength() > 0 && numerals.maxIntegerDigits() > 0, "numerals: maxLength and maxIntegerDigits > 0");
            return new ChineseGrammarWords(numerals, flags(moreSuffixes, "moreSuffixes"),
                    words(cnySubunits.after(), "cnySubunits.after"), flags(cnySubunits.jiao(), "cnySubunits.jiao"),
                    flags(cnySubunits.fen(), "cnySubunits.fen"), words(cnySubunits.blockedAfter(), "cnySubunits.blockedAfter"),
                    tenthsWord, words(tenthsEndBefore, "tenthsEndBefore"),
                    words(tenthsBlockedAfter, "tenthsBlockedAfter"), genericMeasureWord, flags(countWords, "countWords"),
                    flags(nounsAfterGe, "nounsAfterGe"), flags(notCountAfterGe, "notCountAfterGe"),
                    words(signBlockedAfter, "signBlockedAfter"), words(blockedBefore, "blockedBefore"),
                    words(rangeConnectors, "rangeConnectors"), subjects);
        }
    }

    record CnySubunits(List<String> after, List<String> jiao, List<String> fen, List<String> blockedAfter) {}

    private static List<String> nonEmpty(List<String> words, String field) {
        require(words != null && !words.isEmpty() && words.stream().noneMatch(w -> w == null || w.isEmpty()),
                field + ": expected a non-empty list of words");
        return words;
    }

    private static Set<String> words(List<String> words, String field) {
        return Set.copyOf(nonEmpty(words, field));
    }

    private static PhraseTable<Boolean> flags(List<String> words, String field) {
        return PhraseTable.of(nonEmpty(words, field), false);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + ": " + message);
        }
    }
}
