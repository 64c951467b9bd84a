package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.ApproximationWords;
import org.econfacts.extraction.Approximations;
import org.econfacts.extraction.ChangeWords;
import org.econfacts.extraction.Changes;
import org.econfacts.extraction.MeasureWords;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.PhraseTable;
import org.econfacts.extraction.YamlResources;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.econfacts.normalization.Change;

/**
 * The Chinese language data of {@code extraction/zh/lexicon.yaml}, typed and validated. All words
 * are Simplified and half-width because the text is folded before matching.
 */
public record ChineseLexicon(
        Numerals numerals,
        PhraseTable<Boolean> moreSuffixes,
        Measures measures,
        Set<String> cnySubunits,
        PhraseTable<Boolean> jiao,
        PhraseTable<Boolean> fen,
        Set<String> subunitBlockedAfter,
        String tenthsWord,
        Set<String> tenthsBlockedAfter,
        PhraseTable<Boolean> countWords,
        PhraseTable<Boolean> nounsAfterGe,
        PhraseTable<Boolean> notCountAfterGe,
        Approximations approximations,
        Changes changes,
        Set<String> blockedBefore,
        Set<String> rangeConnectors,
        Subjects subjects) {

    public static final String RESOURCE = "extraction/zh/lexicon.yaml";

    /** Numeral characters: digits, in-section units (十百千), section scales (万亿). */
    public record Numerals(Map<Character, Integer> digits, Map<Character, Integer> units,
            Map<Character, BigDecimal> sections, Set<Character> decimalPoints, int maxLength, int maxIntegerDigits,
            Map<Character, Character> formal, Set<Character> negativeSigns, @JsonProperty("fraction") String fractionWord,
            @JsonProperty("mixedFraction") String mixedWord, String half) {
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
            String possessive) {}

    public static ChineseLexicon load() {
        return YamlResources.readComplete(RESOURCE, File.class).lexicon();
    }

    /** {@code lexicon.yaml} as written, bound strictly by the loader every language's lexicon uses. */
    record File(Numerals numerals, List<String> moreSuffixes, CnySubunits cnySubunits, String tenthsWord,
            List<String> tenthsBlockedAfter, List<String> countWords, List<String> nounsAfterGe,
            List<String> notCountAfterGe, MeasureWords measures, ApproximationWords approximations, ChangeWords changes, Map<Change.Basis, List<String>> bases,
            List<String> blockedBefore, List<String> rangeConnectors, Subjects subjects) {

        ChineseLexicon lexicon() {
            require(numerals.maxLength() > 0 && numerals.maxIntegerDigits() > 0, "numerals: maxLength and maxIntegerDigits > 0");
            return new ChineseLexicon(numerals, flags(moreSuffixes, "moreSuffixes"), new Measures(measures, false),
                    words(cnySubunits.after(), "cnySubunits.after"), flags(cnySubunits.jiao(), "cnySubunits.jiao"),
                    flags(cnySubunits.fen(), "cnySubunits.fen"), words(cnySubunits.blockedAfter(), "cnySubunits.blockedAfter"),
                    tenthsWord,
                    words(tenthsBlockedAfter, "tenthsBlockedAfter"), flags(countWords, "countWords"),
                    flags(nounsAfterGe, "nounsAfterGe"), flags(notCountAfterGe, "notCountAfterGe"),
                    new Approximations(approximations), new Changes(changes, bases, false),
                    words(blockedBefore, "blockedBefore"),
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
        Map<String, Boolean> m = new HashMap<>();
        nonEmpty(words, field).forEach(w -> m.put(w, Boolean.TRUE));
        return new PhraseTable<>(m);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + ": " + message);
        }
    }
}
