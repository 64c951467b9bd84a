package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Elliptical figures in English sentences of our own, read as the service reads them. */
class CarryUnitsTest {

    private static final LocalDate REF = LocalDate.of(2021, 8, 27);
    private static final LanguageRules EN = CorpusTest.profiles().of(Language.EN).rules();
    private static final CarryUnits CARRY = new CarryUnits();

    private static List<Mention> read(String text, List<Mention> earlier) {
        Sentence s = CorpusTest.englishSentence(text);
        return CARRY.apply(s, EN.figures().recognize(s, REF), earlier, EN, REF, text);
    }

    private static String describe(Mention m) {
        return m.text().replace('\n', ' ') + " = " + m.value().value().stripTrailingZeros().toPlainString() + " "
                + m.value().unit() + (m.period() == null ? "" : " @" + m.period().label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a number with its own scale word borrows the unit of the figure before
        "Cement sales rose to 4.6 mln tonnes in May from 4.1 mln in April. | 4.1 mln = 4100000 tonnes @2021-04",
        "The deficit narrowed to 212 mln dlrs from 340 mln a year ago. | 340 mln = 340000000 USD",
        // ... also from a figure written in words, whose size says it has a scale
        "Officials expect a two billion dlr deficit next year after this year's 1.5 billion shortfall. | 1.5 billion = 1500000000 USD @2021",
        // a bare number next to a connector, written like the figure it borrows from
        "Oil output climbed to 2.46 mln bpd from 2.31 in the same period. | 2.31 = 2310000 barrels/day",
        "Rates eased to 4.85 pct from 4.97 in the previous auction. | 4.97 = 4.97 %",
        // ... or the figure after it
        "Accepted bids ranged from 4.85 to 4.97 pct. | 4.85 = 4.85 %",
        // a list with thousands separators
        "Sweden took 12,500 tonnes of oats, Norway 8,250 oats and Finland 6,100 barley. | 8,250 = 8250 tonnes",
    })
    void borrowsTheUnit(String text, String expected) {
        assertThat(read(text, List.of())).extracting(CarryUnitsTest::describe).contains(expected);
    }

    @Test
    void aBareNumberInAClauseAboutPeopleCountsThem() {
        assertThat(read("Farm employment fell 4,300 to 1,216,900 in the second quarter.", List.of()))
                .extracting(CarryUnitsTest::describe)
                .containsExactly("4,300 = 4300 persons", "1,216,900 = 1216900 persons @2021-Q2");
        assertThat(read("Mills shipped 2,400 while the workforce grew to 18,350.", List.of()))
                .extracting(CarryUnitsTest::describe).containsExactly("18,350 = 18350 persons");
        // no thousands separator, or no people in the clause: nothing is counted
        assertThat(read("Employment rose in 2019 at 2400 sites.", List.of()))
                .noneMatch(m -> "persons".equals(m.value().unit()));
        assertThat(read("The port handled 12,400 in the week, the workers said.", List.of())).isEmpty();
    }

    @Test
    void aLineWrapMayStandBetweenTheNumberAndItsScaleWord() {
        assertThat(read("The surplus rose to 1.9 billion dlrs against 1.4\nbillion in March.", List.of()))
                .extracting(CarryUnitsTest::describe).contains("1.4 billion = 1400000000 USD @2021-03");
        assertThat(read("The surplus rose to 840 mln dlrs in February from 716 mln in January and 76 mln in February\n1986.",
                List.of())).extracting(CarryUnitsTest::describe).contains("76 mln = 76000000 USD @1986-02");
    }

    @Test
    void aScaledNumberBorrowsFromTheSentenceBefore() {
        String first = "Exports were 3.1 billion dlrs in May.";
        List<Mention> earlier = read(first, List.of());
        assertThat(read("Imports were 2.7 billion against 2.2 billion.", earlier)).extracting(CarryUnitsTest::describe)
                .containsExactly("2.7 billion = 2700000000 USD", "2.2 billion = 2200000000 USD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // years, dates, ordinary numbers: nothing to borrow
        "Output rose 4.5 pct in March from February, the ministry said on April 2.",
        "Sales reached 3.2 billion dlrs in 2020 and 2021 combined.",
        "The plant, opened in 1998 with 300 workers, makes 1.2 mln tonnes a year.",
        "Prices ranged from 98.504 to 98.486.",
        "The firm sold 2.4 mln dlrs of bonds to 12 banks.",
    })
    void borrowsNothingWhereNothingIsElliptical(String text) {
        Sentence s = CorpusTest.englishSentence(text);
        List<Mention> recognized = EN.figures().recognize(s, REF);
        assertThat(CARRY.apply(s, recognized, List.of(), EN, REF, text)).isEqualTo(recognized);
    }
}
