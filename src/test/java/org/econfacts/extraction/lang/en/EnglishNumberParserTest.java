package org.econfacts.extraction.lang.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain JUnit checks of the English numeral grammar and of robustness against absurd input. */
class EnglishNumberParserTest {

    private static final LanguageRules RULES = EnglishRules.create();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,000                       | 1000
            50.9                        | 50.9
            twenty-five                 | 25
            one hundred and five        | 105
            a dozen                     | 12
            two dozen                   | 24
            1.2 million                 | 1200000
            3.5bn                       | 3500000000
            two billion                 | 2000000000
            five hundred thousand       | 500000
            two million and twenty      | 2000020
            999,999,999,999,999         | 999999999999999
            """)
    void readsNumerals(String text, BigDecimal expected) {
        assertThat(RULES.numbers().parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "not a numeral: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            10^400
            1234567890123456789012345
            1.0E400
            a
            one one
            million million
            5 m m
            """)
    void rejectsWhatIsNotOneNumeral(String text) {
        assertThat(RULES.numbers().parse(text)).isEmpty();
    }

    @Test
    void survivesHugeAndRandomInput() {
        String digits = "9".repeat(5000);
        assertThat(RULES.numbers().parse(digits)).isEmpty();
        Random random = new Random(42);
        String alphabet = "0123456789,.-$%€¥ abcmkbnthousandmillionpercentyear-on-yearInJuly";
        LocalDate ref = LocalDate.of(2021, 8, 27);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(200);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            RULES.numbers().parse(text);
            RULES.periods().parse(text, ref);
            RULES.figures().recognize(new Sentence(text, 0, Language.EN, List.of()), ref);
        }
        String longRun = "Sales were " + "1234567890".repeat(10_000) + " percent and $" + digits + " billion.";
        // speed on such input is measured by the fuzz test and the benchmark, not asserted here
        assertThat(RULES.figures().recognize(new Sentence(longRun, 0, Language.EN, List.of()), ref)).isEmpty();
    }
}
