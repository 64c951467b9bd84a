package org.econfacts.extraction.lang.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.ScriptFolder;
import org.econfacts.extraction.Sentence;
import org.junit.jupiter.api.Test;

/** Random Unicode, long digit runs and huge numerals: never an exception, never a blow-up. */
class ChineseRobustnessTest {
    private static final ScriptFolder FOLDER = new ScriptFolder();
    private static final LanguageRules RULES = ChineseRules.create(FOLDER);
    private static final LocalDate REF = LocalDate.of(2021, 8, 27);

    @Test
    void survivesRandomText() {
        Random random = new Random(42);
        String alphabet = "0123456789,.%％一二三四五六七八九十百千万亿萬億兩点點分之成个個家元美年月日多余约近超第-";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                sb.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(0xFFFF));
            }
            String text = sb.toString();
            RULES.numbers().parse(text);
            RULES.periods().parse(text, REF);
            for (Mention m : RULES.figures().recognize(new Sentence(text, 7, Language.ZH_HANS, List.of(), FOLDER.fold(text).text()), REF)) {
                assertThat(text.substring(m.start() - 7, m.end() - 7)).isEqualTo(m.text());
            }
        }
    }

    @Test
    void longDigitRunsStayLinear() {
        String digits = "9".repeat(200_000) + "亿元," + "一".repeat(100_000) + "家";
        long t0 = System.nanoTime();
        assertThat(RULES.figures().recognize(new Sentence(digits, 0, Language.ZH_HANT, List.of(), FOLDER.fold(digits).text()), REF)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(RULES.numbers().parse("9".repeat(100_000))).isEmpty();
    }

    @Test
    void hugeButValidNumeralsAreExact() {
        assertThat(RULES.numbers().parse("9999万亿")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("9999000000000000"));
    }
}
