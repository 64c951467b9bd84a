package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The one engine that reads what the words around a number make of it: the order and the rule names come
 * from {@code figures.yaml}, the shared readings read the lexicon's measures, a grammar reading may stop a
 * number, and a file that names an unknown reading, leaves one of the grammar's out, or leaves a shared
 * reading unnamed fails when it is loaded.
 */
class FigureReadingsTest {

    private static final Measures EN = Lexicon.load("en").measureTables();
    private static final Measures ZH = Lexicon.load("zh").measureTables();

    /** "5 months": a test grammar's reading that says the number is no figure. */
    private static final Map<String, FigureReadings.Rule<String>> MONTHS = Map.of("stop-on-month",
            (at, rule) -> at.after() < at.units().size() && at.units().joined(at.after(), at.after() + 1).startsWith("month")
                    ? Optional.of(FigureReadings.STOP) : Optional.empty());

    private static Units words(String sentence) {
        return Units.words(Arrays.asList(sentence.toLowerCase(Locale.ROOT).split(" ")), w -> w);
    }

    private static Optional<Reading> read(FigureReadings<String> readings, Units units, int from, String number,
            List<Reading> earlier) {
        return readings.read(new FigureReadings.At<>("", units, from, from + 1, from + 1, new BigDecimal(number),
                Approximation.EXACT, earlier));
    }

    @Test
    void theFileGivesTheOrderAndTheRuleNames() {
        FigureReadings<String> readings = new FigureReadings<>("figures-order", EN, MONTHS);
        Reading pct = read(readings, words("rose 4.5 percent"), 1, "4.5", List.of()).orElseThrow();
        assertThat(pct.value()).isEqualTo(new Percent(new BigDecimal("4.5"), false));
        assertThat(pct.rule()).isEqualTo("test: percent");
        assertThat(List.of(pct.from(), pct.to(), pct.number())).containsExactly(1, 3, 1);
        // the currency before the number is tried before the one after it, as this file orders them
        Reading money = read(readings, words("paid hk$ 40 dollars"), 2, "40", List.of()).orElseThrow();
        assertThat(money.value()).isEqualTo(new Money(new BigDecimal("40"), "HKD"));
        assertThat(money.rule()).isEqualTo("test: currency first");
        assertThat(List.of(money.from(), money.to(), money.number())).containsExactly(1, 3, 2);
        assertThat(read(readings, words("shipped 40 tonnes"), 1, "40", List.of()).orElseThrow().value())
                .isEqualTo(new Quantity(new BigDecimal("40"), "tonnes"));
    }

    @Test
    void aGrammarReadingStopsANumberBeforeTheSharedOnesSeeIt() {
        FigureReadings<String> readings = new FigureReadings<>("figures-order", EN, MONTHS);
        assertThat(read(readings, words("for 5 months"), 1, "5", List.of())).isEmpty();
        assertThat(read(readings, words("for 5 lanterns"), 1, "5", List.of())).isEmpty(); // nothing reads it
    }

    @Test
    void aCurrencyThatEndsTheFigureBeforeIsNotThisOnes() {
        FigureReadings<String> readings = new FigureReadings<>("figures-order", EN, MONTHS);
        Units units = words("10 rmb 20 dollars");
        Reading ten = read(readings, units, 0, "10", List.of()).orElseThrow();
        assertThat(ten.value()).isEqualTo(new Money(BigDecimal.TEN, "CNY"));
        Reading twenty = read(readings, units, 2, "20", List.of(ten)).orElseThrow();
        assertThat(twenty.value()).isEqualTo(new Money(new BigDecimal("20"), "USD"));
        assertThat(twenty.rule()).isEqualTo("test: currency after");
    }

    @Test
    void theSharedReadingsReadChineseCharactersTheSameWay() {
        FigureReadings<String> readings = new FigureReadings<>("figures-order", ZH, MONTHS);
        Units units = Units.chars("新台币300亿");
        Reading r = readings.read(new FigureReadings.At<>("", units, 3, 7, 7, new BigDecimal("30000000000"),
                Approximation.MORE_THAN, List.of())).orElseThrow();
        assertThat(r.value()).isEqualTo(new Money(new BigDecimal("30000000000"), "TWD"));
        assertThat(List.of(r.from(), r.to())).containsExactly(0, 7);
        assertThat(r.approximation()).isEqualTo(Approximation.MORE_THAN);
    }

    @Test
    void aFileThatDoesNotMatchTheReadingsFailsWhenLoaded() {
        assertThatThrownBy(() -> new FigureReadings<>("figures-unknown", EN, Map.<String, FigureReadings.Rule<String>>of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no reading 'dozen-after'");
        assertThatThrownBy(() -> new FigureReadings<>("figures-unlisted", EN, MONTHS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[stop-on-month] are not listed");
        assertThatThrownBy(() -> new FigureReadings<>("figures-unnamed", EN, Map.<String, FigureReadings.Rule<String>>of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'currency-after' needs a rule name");
        assertThatThrownBy(() -> new FigureReadings<>("figures-order", EN, Map.of("percent-after", MONTHS.get("stop-on-month"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("redefines shared readings");
    }
}
