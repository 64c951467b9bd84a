package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageSplitterTest {

    private static final LanguageSplitter SPLITTER = new LanguageSplitter(new ScriptFolder());

    private static final String WIRE = String.join("\n",
            "HARBOUR CITY CEMENT SALES CLIMB IN MAY",
            "HARBOUR CITY, June 3 - Cement sales in the province rose to",
            "4.6 mln tonnes in May from 4.1 mln in April, the trade",
            "association said, citing strong demand from road builders.",
            "    Sales in the first five months were 19.8 mln tonnes,",
            "against 18.2 mln in the same period of last year and 16.9 mln in",
            "2019.",
            "    Prices were steady.");

    private static List<String> texts(String text) {
        return SPLITTER.split(text, List.of()).stream().map(Passage::text).toList();
    }

    @Test
    void wrappedWireCopyIsReadInParagraphs() {
        assertThat(texts(WIRE)).containsExactly(
                "HARBOUR CITY CEMENT SALES CLIMB IN MAY",
                WIRE.substring(WIRE.indexOf("HARBOUR CITY,"), WIRE.indexOf("\n    Sales")),
                WIRE.substring(WIRE.indexOf("    Sales"), WIRE.indexOf("\n    Prices")),
                "    Prices were steady.");
    }

    @Test
    void aWrappedLineOfDigitsStaysInItsParagraph() {
        assertThat(texts(WIRE).get(2)).endsWith("16.9 mln in\n2019.");
    }

    @Test
    void passagesAreExactSlicesOfTheDocument() {
        for (Passage p : SPLITTER.split(WIRE, List.of())) {
            assertThat(WIRE.substring(p.start(), p.start() + p.text().length())).isEqualTo(p.text());
        }
    }

    @Test
    void unwrappedLinesStayParagraphs() {
        String modern = String.join("\n",
                "Harbour City exports up 4% in May",
                "Exports from Harbour City rose 4 percent year on year in May to 12.3 billion yuan, the customs office said on Tuesday, "
                        + "helped by shipments of electric vehicles and batteries to Southeast Asia.",
                "Imports fell 2 percent.");
        assertThat(texts(modern)).hasSize(3);
    }

    @Test
    void languagesNeverShareAPassage() {
        String mixed = String.join("\n",
                "Retail sales in the district rose by 6.1 percent in the first",
                "quarter of this year, the statistics bureau said on Friday,",
                "本區今年第一季度社會消費品零售總額同比增長6.1%，統計局週五表示。",
                "while online sales climbed by 12 percent over the same period",
                "and the number of new shops reached a record for the district.");
        List<Passage> passages = SPLITTER.split(mixed, List.of());
        assertThat(passages).extracting(Passage::language)
                .containsExactly(Language.EN, Language.ZH_HANT, Language.EN);
        assertThat(passages.get(0).text()).contains("first\nquarter");
    }
}
