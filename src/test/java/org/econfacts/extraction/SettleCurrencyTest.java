package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettleCurrencyTest {

    private static final SettleCurrency SETTLE = new SettleCurrency(new ScriptFolder());

    /** The currency of the money figure written {@code figure} (read as {@code read}) in {@code text}. */
    private static String settled(String text, String figure, String read) {
        int at = text.indexOf(figure);
        Mention m = new Mention(new Money(BigDecimal.TEN, read), Approximation.EXACT, null, null, at,
                at + figure.length(), figure, Language.EN, "money: test", null);
        List<Mention> out = SETTLE.read(text).apply(List.of(m));
        Money money = (Money) out.get(0).value();
        if (!money.currency().equals(read)) {
            assertThat(out.get(0).rule()).endsWith("currency " + money.currency() + " from the document");
        }
        return money.currency();
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = '|', value = {
        // a Hong Kong release: its institutions and place settle "$" and 元
        "The Census and Statistics Department said Hong Kong's retail sales reached $38.1 billion in May. | $38.1 billion | USD | HKD",
        "統計處今日公布，本港5月零售業總銷貨價值為381億元。 | 381億元 | CNY | HKD",
        "据特区政府统计处公布，香港4月出口货值为3,120亿元。 | 3,120亿元 | CNY | HKD",
        // Taiwan: its statistics office and place settle 元
        "行政院主計總處今天公布，台灣第三季經濟成長率2.1%，民間消費達2兆5千億元。 | 2兆5千億元 | CNY | TWD",
        // a dateline and the place: Australian dollars
        "SYDNEY, May 4 - Australia's trade surplus widened to $5.2 billion in March, the bureau said. | $5.2 billion | USD | AUD",
        // Sri Lanka: rupees are Sri Lankan rupees
        "COLOMBO, June 2 - Sri Lanka's exports rose to 120,000 million rupees in April. | 120,000 million rupees | INR | LKR",
        // a mainland article that mentions Hong Kong once stays in yuan
        "国家统计局数据显示，全国内地对香港出口额为1200亿元。 | 1200亿元 | CNY | CNY",
        // a U.S. story that mentions Canada once stays in U.S. dollars
        "WASHINGTON, March 3 - U.S. exports to Canada rose to $25 billion, the United States Commerce Department said. | $25 billion | USD | USD",
        // an explicit currency is never changed
        "Hong Kong's Census and Statistics Department said exports to the mainland were US$12 billion. | US$12 billion | USD | USD",
        "香港統計處表示，內地遊客消費人民幣300億元。 | 人民幣300億元 | CNY | CNY",
        // a Paris dateline: francs are French francs; Swiss ones stay Swiss
        "PARIS, May 2 - The French trade deficit narrowed to 4.2 billion francs in March. | 4.2 billion francs | CHF | FRF",
        "ZURICH, May 2 - Swiss exports rose to 21 billion francs, the Swiss customs office said. | 21 billion francs | CHF | CHF",
        // one place is enough for rupees
        "Sri Lanka's tea exports earned 95,000 million rupees in the first half. | 95,000 million rupees | INR | LKR",
        // a cue inside another word is no evidence: "cad" in "decade" and in an identifier, "s$" in "US$"
        "Report 3f2cad1e-cad9-4cad-9cad-cad0cad1cad2 of the decade: the group earned $120 million. | $120 million | USD | USD",
        "Exports earned US$3 billion last year and another $120 million this year. | $120 million | USD | USD",
        // a plural of a cue still counts
        "Statistics Canada said exports, paid in Canadian dollars, reached $52 billion. | $52 billion | USD | CAD",
        // nothing settles it: the default stands
        "Exports rose to $4.2 billion in the quarter. | $4.2 billion | USD | USD",
    })
    void settlesAnUnqualifiedCurrencyFromTheDocument(String text, String figure, String read, String expected) {
        assertThat(settled(text, figure, read)).isEqualTo(expected);
    }
}
