package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.econfacts.normalization.Period;
import org.junit.jupiter.api.Test;

/**
 * The period engine on a made-up language ({@code extraction/test-periods/periods.yaml}), so that what
 * the engine does is pinned apart from the rules of any real language (those are pinned by the
 * {@code period} corpora).
 */
class PeriodRulesTest {

    private static final LocalDate REF = LocalDate.of(2021, 8, 27);
    private static final NumberParser DIGITS = text -> text.chars().allMatch(Character::isDigit) && !text.isEmpty()
            ? Optional.of(new BigDecimal(text)) : Optional.empty();
    private static final PeriodRules RULES = PeriodRules.load("test-periods", DIGITS, UnaryOperator.identity(), Map.of(),
            List.of("since the moon"));

    private static List<String> labels(String text) {
        return RULES.find(text, REF).stream().map(p -> p.period().label()).toList();
    }

    @Test
    void tablesGiveGroupValuesAndTheOneYearRuleDecidesAMissingYear() {
        assertThat(labels("in moon and in sun")).containsExactly("2021-03", "2020-11");
        assertThat(labels("SUN 2019")).containsExactly("2019-11");
        assertThat(labels("moon of past cycle")).containsExactly("2020-03");
    }

    @Test
    void theLongestMatchAtAStartWinsAndMatchesNeverOverlap() {
        List<PeriodPhrase> found = RULES.find("moon of this cycle", REF);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo("month of cycle");
        assertThat(found.get(0).end()).isEqualTo("moon of this cycle".length());
    }

    @Test
    void wordsBeforeAndMaskPhrasesTakeAMatchOut() {
        assertThat(labels("beyond moon, then sun")).containsExactly("2020-11");
        assertThat(labels("up since the moon")).isEmpty();
    }

    @Test
    void aConnectorJoinsTwoPeriodsAndTheSecondTakesTheFirstsYear() {
        assertThat(labels("moon 2019 until sun")).containsExactly("2019-03/2019-11");
    }

    @Test
    void wholeTextRulesAndPrefixesApplyOnlyToParse() {
        assertThat(RULES.parse("as at 4 moons", REF).map(Period::label)).contains("2021-01/2021-04");
        assertThat(labels("4 moons")).isEmpty();
        assertThat(RULES.parse("moon and sun", REF)).isEmpty();
        assertThat(RULES.words("month")).containsExactlyInAnyOrder("moon", "sun");
    }

    @Test
    void anImpossibleDateIsNoPeriod() {
        assertThat(labels("cycle 0999 and cycle 2020")).containsExactly("2020");
    }

    @Test
    void aRuleNamingAnUnknownFragmentFailsWithTheFileName() {
        assertThatThrownBy(() -> PeriodRules.load("test-periods-broken", DIGITS, UnaryOperator.identity(), Map.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("extraction/test-periods-broken/periods.yaml")
                .hasMessageContaining("{NOWHERE}");
    }
}
