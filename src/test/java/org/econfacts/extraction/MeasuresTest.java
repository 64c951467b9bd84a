package org.econfacts.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.econfacts.normalization.CurrencyUnit;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.PercentUnit;
import org.junit.jupiter.api.Test;

/**
 * The one {@code measures:} schema, read from both languages' real lexicons by the same tables: a
 * percent word, a currency before and after the amount, a scaled currency, a unit, an ambiguous sign.
 */
class MeasuresTest {

    private static final Measures EN = Lexicon.load("en").measureTables();
    private static final Measures ZH = Lexicon.load("zh").measureTables();

    private static Units words(String sentence) {
        List<String> w = Arrays.asList(sentence.toLowerCase(java.util.Locale.ROOT).split(" "));
        return Units.words(w, x -> x);
    }

    @Test
    void percentWordsMakePercentagesPointsAndBasisPoints() {
        Units en = words("rates rose 25 basis points and 3 percent");
        assertEquals(PercentUnit.BASIS_POINTS, EN.percent().at(en, 3).orElseThrow().value());
        assertEquals(5, EN.percent().at(en, 3).orElseThrow().end());
        assertEquals(new Percent(new BigDecimal("0.25"), true), PercentUnit.BASIS_POINTS.of(new BigDecimal("25")));
        assertEquals(PercentUnit.PERCENT, EN.percent().at(en, 7).orElseThrow().value());
        Units zh = Units.chars("上升0.4个百分点");
        assertEquals(PercentUnit.POINTS, ZH.percent().at(zh, 5).orElseThrow().value());
        assertEquals(zh.size(), ZH.percent().at(zh, 5).orElseThrow().end());
    }

    @Test
    void currenciesBeforeAndAfterTheAmountInBothLanguages() {
        assertEquals("HKD", EN.before().endingAt(words("paid hk$ 40"), 2).orElseThrow().value());
        assertEquals("CHF", EN.after().at(words("40 swiss francs each"), 1).orElseThrow().value());
        assertEquals("TWD", ZH.before().endingAt(Units.chars("新台币300元"), 3).orElseThrow().value());
        assertEquals("USD", ZH.after().at(Units.chars("12亿美元"), 3).orElseThrow().value());
        CurrencyUnit cents = EN.scaled().at(words("75 cents a share"), 1).orElseThrow().value();
        assertEquals(new Money(new BigDecimal("0.75"), "USD"), cents.of(new BigDecimal("75")));
        assertEquals("tonnes", ZH.units().at(Units.chars("800吨"), 3).orElseThrow().value()); // as English "metric tons"
    }

    @Test
    void theWordAfterANumberMakesItsValueTheSameWayInBothLanguages() {
        BigDecimal forty = new BigDecimal("40");
        Measures.Measured pct = EN.percentAfter(words("up 40 percentage points"), 2, forty).orElseThrow();
        assertEquals(new Percent(forty, true), pct.value());
        assertEquals(new Percent(forty, false), ZH.percentAfter(Units.chars("40%"), 2, forty).orElseThrow().value());
        assertEquals(new Money(new BigDecimal("0.40"), "EUR"),
                EN.amountAfter(words("40 euro cents"), 1, forty).orElseThrow().value());
        assertEquals(new Money(forty, "JPY"), ZH.amountAfter(Units.chars("40日元"), 2, forty).orElseThrow().value());
        Measures.Measured tonnes = EN.amountAfter(words("40 metric tons of rice"), 1, forty).orElseThrow();
        assertEquals(new org.econfacts.normalization.Quantity(forty, "tonnes"), tonnes.value());
        assertEquals(3, tonnes.end());
        // a sign before another number is that number's: "40 $12" is not 40 dollars
        assertTrue(EN.amountAfter(words("40 $ 12"), 1, forty).isEmpty());
        assertEquals("USD", ((Money) EN.amountAfter(words("40 $ each"), 1, forty).orElseThrow().value()).currency());
    }

    @Test
    void anAmbiguousSignTakesTheCurrencyItsSentenceSpeaksOf() {
        assertTrue(EN.isAmbiguous("¥"));
        assertEquals("CNY", EN.currencyOf("¥", List.of("exports", "of", "¥", "30")));
        assertEquals("JPY", EN.currencyOf("¥", List.of("tokyo", "shares", "at", "¥", "30")));
    }

    @Test
    void aWordListedTwiceOrABadCodeFailsAtLoading() {
        MeasureWords.Currencies twice = new MeasureWords.Currencies(Map.of("USD", List.of("$"), "HKD", List.of("$")),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        assertThrows(IllegalStateException.class, () -> new Measures(new MeasureWords(Map.of(), twice, Map.of(), List.of()), true));
        assertThrows(IllegalStateException.class, () -> new MeasureWords.Currencies(Map.of("dollar", List.of("$")),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));
        // a unit is stored under the one name every language uses (normalization/quantity-units.txt)
        MeasureWords.Currencies none = new MeasureWords.Currencies(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        assertThrows(IllegalStateException.class, () -> new MeasureWords(Map.of(), none, Map.of("t", List.of("吨")), List.of()));
        assertEquals("tonnes", new MeasureWords(Map.of(), none, Map.of("tonnes", List.of("吨")), List.of()).units().keySet().iterator().next());
    }

    @Test
    void aUnitInContextNeedsAStoredNameAndContextWords() {
        assertThrows(IllegalStateException.class, () -> new MeasureWords.UnitInContext("pts", List.of("点"), List.of("指"), null, null));
        assertThrows(IllegalStateException.class, () -> new MeasureWords.UnitInContext("points", List.of("点"), List.of(), null, null));
    }

    @Test
    void anIndexPointNeedsItsIndexBeforeItAndNoTimeAround() {
        BigDecimal n = new BigDecimal("25");
        assertEquals("points", ((org.econfacts.normalization.Quantity) ZH.unitInContext(Units.chars("综指下跌25点"), 4, 6, n)
                .orElseThrow().value()).unit());
        assertTrue(ZH.unitInContext(Units.chars("下跌25点"), 2, 4, n).isEmpty()); // no index named
        assertTrue(ZH.unitInContext(Units.chars("综指上午25点"), 4, 6, n).isEmpty()); // a part of the day before it
        assertTrue(ZH.unitInContext(Units.chars("综指25点半"), 2, 4, n).isEmpty()); // 半 after it
    }

    @Test
    void bothLanguagesStoreAUnitUnderOneName() {
        assertEquals(EN.units().at(words("40 tonnes"), 1).orElseThrow().value(), ZH.units().at(Units.chars("40吨"), 2).orElseThrow().value());
        assertEquals(EN.units().at(words("40 hectares"), 1).orElseThrow().value(), ZH.units().at(Units.chars("40公顷"), 2).orElseThrow().value());
        assertEquals(EN.units().at(words("40 barrels"), 1).orElseThrow().value(), ZH.units().at(Units.chars("40桶"), 2).orElseThrow().value());
        assertEquals(EN.units().at(words("40 litres"), 1).orElseThrow().value(), ZH.units().at(Units.chars("40升"), 2).orElseThrow().value());
    }
}
