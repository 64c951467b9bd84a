package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.ApproximationWords;
import org.econfacts.extraction.ChangeWords;
import org.econfacts.extraction.YamlResources;
import org.econfacts.normalization.Change;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The English language data of {@code extraction/en/lexicon.yaml}, as typed records. Loaded once;
 * {@link #load()} fails fast on a missing, unknown or malformed entry. Immutable after loading.
 */
public record EnglishLexicon(
        Numbers numbers,
        Currencies currencies,
        Map<String, PercentWord> percent,
        List<String> negativeWords,
        Map<String, BigDecimal> fractions,
        List<String> fractionBlockers,
        Map<String, String> units,
        ApproximationWords approximations,
        ChangeWords changes,
        Map<Change.Basis, List<String>> bases,
        Counting count,
        Subjects subjects) {

    public static final String RESOURCE = "extraction/en/lexicon.yaml";

    public record Numbers(Map<String, BigDecimal> units, Map<String, BigDecimal> tens, List<String> hundreds,
            List<String> dozens, Map<String, BigDecimal> scales, List<String> afterDigitsOnly,
            List<String> indefinite, Map<String, BigDecimal> denominators, List<String> bareDenominators,
            List<String> signs) {}

    public record Currencies(Map<String, String> before, Map<String, String> after,
            Map<String, String> ambiguous, List<String> yenContext, String yenCode, Map<String, Scaled> scaled,
            Map<String, Scaled> scaledBefore) {}

    /** A currency word worth {@code factor} units of an ISO currency ("cents": 0.01 USD). */
    public record Scaled(String currency, BigDecimal factor) {}

    public record PercentWord(BigDecimal factor, boolean points) {}

    public record Counting(List<String> stopNouns, List<String> excludedNumerals, List<String> modifierTags,
            List<String> headTags, List<String> collectiveNouns, int window, List<String> anaphora, List<String> referenceWords,
            List<String> centWords, List<String> yearLikeNouns, List<String> yearLikeBlockers) {}

    /** Words {@link EnglishSubjects} reads around a figure. */
    public record Subjects(List<String> linking, List<String> having, List<String> shareVerbs,
            List<String> skipBefore, List<String> followingPrepositions, List<String> innerPrepositions,
            List<String> measuringVerbs, List<String> clauseBreaks, List<String> measureNouns, List<String> timeNouns) {}

    public EnglishLexicon {
        require(numbers != null && currencies != null && percent != null && negativeWords != null && fractions != null
                && fractionBlockers != null && units != null && approximations != null && changes != null && bases != null
                && count != null && subjects != null, "a section is missing");
        require(!numbers.units().isEmpty() && !numbers.scales().isEmpty(), "numbers.units/scales empty");
        for (Map<String, String> codes : List.of(currencies.before(), currencies.after(), currencies.ambiguous())) {
            codes.forEach((word, iso) -> require(iso != null && iso.matches("[A-Z]{3}"), "bad ISO code for " + word));
        }
        java.util.Map<String, Scaled> allScaled = new java.util.HashMap<>(currencies.scaled());
        allScaled.putAll(currencies.scaledBefore());
        allScaled.forEach((word, sc) -> require(sc.currency() != null && sc.currency().matches("[A-Z]{3}")
                && sc.factor() != null && sc.factor().signum() > 0, "bad scaled currency " + word));
        require(currencies.yenCode() != null && currencies.yenCode().matches("[A-Z]{3}"), "bad yenCode");
        require(count.window() > 0 && count.window() < 10, "count.window out of range");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + ": " + what);
        }
    }

    /** Reads the lexicon from the class path; throws IllegalStateException when it is malformed. */
    public static EnglishLexicon load() {
        return YamlResources.readComplete(RESOURCE, EnglishLexicon.class);
    }
}
