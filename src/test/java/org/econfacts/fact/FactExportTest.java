package org.econfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells a spreadsheet would run as formulas are written as text (OWASP CSV injection). */
class FactExportTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil.example\")|`\"'=HYPERLINK(\"\"http://evil.example\"\")\"`",
        "+1+2|'+1+2",
        "-5 percent|'-5 percent",
        "@SUM(A1)|'@SUM(A1)",
        "=1,2|`\"'=1,2\"`",
        "exports rose 5 percent|exports rose 5 percent",
    })
    void textThatWouldBeAFormulaIsPrefixed(String cell, String expected) {
        assertThat(FactExport.csv(cell)).isEqualTo(expected);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartArePrefixedToo() {
        assertThat(FactExport.csv("\t=1")).isEqualTo("'\t=1");
        assertThat(FactExport.csv("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void numbersStayNumbers() {
        assertThat(FactExport.csv(new BigDecimal("-5.5"))).isEqualTo("-5.5");
        assertThat(FactExport.csv(new BigDecimal("5E+10"))).isEqualTo("50000000000");
        assertThat(FactExport.csv(-3)).isEqualTo("-3");
    }
}
