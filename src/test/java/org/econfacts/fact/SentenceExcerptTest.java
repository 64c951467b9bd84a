package org.econfacts.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceExcerptTest {

    @Test
    void aShortSentenceIsCarriedWholeWithItsSpan() {
        String text = "Intro. Exports rose 5 percent. Outro.";
        String sentence = "Exports rose 5 percent.";
        int at = text.indexOf("5 percent");
        SentenceExcerpt e = new SentenceExcerpt.Locator(text).excerpt(sentence, at, at + 9);
        assertThat(e.text()).isEqualTo(sentence);
        assertThat(text.substring(e.start(), e.end())).isEqualTo(sentence);
    }

    @Test
    void aLongSentenceIsCutAroundTheFigure() {
        String sentence = "up 5 percent year-on-year ".repeat(300);
        String text = "Head. " + sentence;
        SentenceExcerpt.Locator locator = new SentenceExcerpt.Locator(text);
        for (int k : new int[] {0, 150, 299}) {
            int from = 6 + k * 26 + 3;
            SentenceExcerpt e = locator.excerpt(sentence, from, from + 9);
            assertThat(e.start()).isEqualTo(6);
            assertThat(e.end()).isEqualTo(text.length());
            assertThat(e.text().length()).isLessThanOrEqualTo(SentenceExcerpt.MAX_LENGTH + 2);
            String inner = e.text().replace(SentenceExcerpt.CUT, "");
            assertThat(sentence).contains(inner);
            boolean aroundTheFigure = false;
            for (int p = from + 9 - inner.length(); p <= from; p++) {
                aroundTheFigure |= p >= 0 && text.startsWith(inner, p);
            }
            assertThat(aroundTheFigure).isTrue();
        }
        assertThat(locator.excerpt(sentence, 6, 8).text()).startsWith("up").endsWith(SentenceExcerpt.CUT);
        assertThat(locator.excerpt(sentence, text.length() - 4, text.length() - 1).text()).startsWith(SentenceExcerpt.CUT);
    }

    @Test
    void aRepeatedSentenceIsFoundWhereItsFigureIs() {
        String sentence = "Output rose 3 percent.";
        String text = sentence + " " + sentence;
        SentenceExcerpt.Locator locator = new SentenceExcerpt.Locator(text);
        int second = text.lastIndexOf("3 percent");
        assertThat(locator.excerpt(sentence, 12, 21).start()).isZero();
        assertThat(locator.excerpt(sentence, second, second + 9).start()).isEqualTo(sentence.length() + 1);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = new String(Character.toChars(0x1F600));
        for (String gap : new String[] {" 5% ", " 5%  "}) {
            String sentence = emoji.repeat(400) + gap + emoji.repeat(400);
            int from = sentence.indexOf("5%");
            String cut = new SentenceExcerpt.Locator(sentence).excerpt(sentence, from, from + 2).text();
            String inner = cut.replace(SentenceExcerpt.CUT, "");
            assertThat(inner.codePoints().allMatch(c -> c == 0x1F600 || c == ' ' || c == '5' || c == '%')).isTrue();
            assertThat(sentence).contains(inner);
        }
        String sentence = emoji.repeat(400) + " 5% " + emoji.repeat(400);
        int from = sentence.indexOf("5%");
        String cut = new SentenceExcerpt.Locator(sentence).excerpt(sentence, from, from + 2).text();
        assertThat(Character.isLowSurrogate(cut.charAt(1))).isFalse();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
