package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Count;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;
import org.junit.jupiter.api.Test;

class PairTwinsTest {

    private static Finding at(int start, Language language, FigureValue value) {
        String text = "x".repeat(5);
        return new Finding(new Mention(value, Approximation.EXACT, null, null, start, start + 5, text, language, "t", null), "s");
    }

    private static Money cny(String v) {
        return new Money(new BigDecimal(v), "CNY");
    }

    @Test
    void pairsTranslatedFiguresEvenWhenReordered() {
        List<Finding> findings = List.of(
                at(0, Language.EN, new Count(new BigDecimal("63000"), "vehicles")),
                at(20, Language.EN, new Count(new BigDecimal("10000"), "vehicles")),
                at(40, Language.EN, new Percent(new BigDecimal("143"), false)),
                at(100, Language.ZH_HANT, new Count(new BigDecimal("63000"), "輛")),
                at(120, Language.ZH_HANT, new Percent(new BigDecimal("143"), false)),
                at(140, Language.ZH_HANT, new Count(new BigDecimal("10000"), "臺")));
        assertThat(new PairTwins().pair(findings)).containsExactly(
                new PairTwins.Twin(0, 3), new PairTwins.Twin(1, 5), new PairTwins.Twin(2, 4));
    }

    @Test
    void roundedValuesPairButOtherCurrenciesAndFarFiguresDoNot() {
        List<Finding> findings = List.of(
                at(0, Language.EN, new Percent(new BigDecimal("15"), false)),
                at(10, Language.EN, new Money(new BigDecimal("7860000000"), "USD")),
                at(30, Language.ZH_HANS, new Percent(new BigDecimal("15.3"), false)),
                at(40, Language.ZH_HANS, cny("7860000000")),
                at(50, Language.EN, cny("100")),
                at(9000, Language.ZH_HANS, cny("100")));
        assertThat(new PairTwins().pair(findings)).containsExactly(new PairTwins.Twin(0, 2));
    }

    @Test
    void exactValuesWinOverRoundedOnes() {
        List<Finding> findings = List.of(
                at(0, Language.EN, new Percent(new BigDecimal("55"), false)),
                at(10, Language.ZH_HANT, new Percent(new BigDecimal("54"), false)),
                at(200, Language.ZH_HANT, new Percent(new BigDecimal("55"), false)));
        assertThat(new PairTwins().pair(findings)).containsExactly(new PairTwins.Twin(0, 2));
    }
}
