package org.econfacts.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.Change.Basis;
import org.econfacts.normalization.Change.Direction;
import org.econfacts.normalization.Period;
import org.junit.jupiter.api.Test;

/**
 * The one change stage, run on both languages' real lexicons: each way a change is read (and each way
 * one is refused) once per language that writes it. The corpora cover the same through the whole chain.
 */
class ChangesTest {

    private static final Changes EN = Lexicon.load("en").changeStage();
    private static final Changes ZH = Lexicon.load("zh").changeStage();
    private static final Pattern WORD = Pattern.compile("[+\\-]?\\d[\\d,.]*%?|[\\p{L}][\\p{L}/-]*|\\S");
    private static final Pattern FIGURE = Pattern.compile("[+\\-]?\\d");

    private record Word(String lower, int start, int end) {}

    /** The change of the {@code nth} figure (a word starting with a digit) of an English sentence. */
    private static Change english(String sentence, int nth, Period period) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        List<Integer> figures = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (FIGURE.matcher(words.get(i).lower()).lookingAt()) {
                figures.add(i);
            }
        }
        int at = figures.get(nth);
        List<Integer> others = figures.stream().filter(i -> i != at).map(i -> words.get(i).start()).toList();
        Units units = Units.words(words, Word::lower, Word::start, Word::end);
        return EN.read(units, sentence, at, at + 1, at, EN.basisSpans(sentence), others, period);
    }

    private static Change english(String sentence) {
        return english(sentence, 0, null);
    }

    /** The change of the figure {@code figure} in a (folded, Simplified) Chinese sentence. */
    private static Change chinese(String sentence, String figure, Period period) {
        int at = sentence.indexOf(figure);
        return ZH.read(Units.chars(sentence), sentence, at, at + figure.length(), at, ZH.basisSpans(sentence), List.of(),
                period);
    }

    private static Change chinese(String sentence, String figure) {
        return chinese(sentence, figure, null);
    }

    private static void assertChange(Direction direction, Basis basis, Change actual) {
        assertEquals(new Change(direction, basis), actual);
    }

    @Test
    void changeWordBeforeTheFigureAcrossGapWords() {
        assertChange(Direction.INCREASE, null, english("Our output climbed sharply by 12 percent"));
        assertChange(Direction.INCREASE, null, english("Prices advanced a solid 4 percent"));
        assertChange(Direction.DECREASE, null, english("There was a decline of 7 percent"));
        assertChange(Direction.INCREASE, null, chinese("收入增幅高达143%", "143%"));
        assertChange(Direction.DECREASE, null, chinese("成本下降了8%", "8%"));
    }

    @Test
    void aLevelIsNoChange() {
        assertNull(english("Exports rose to 90 million dollars"));
        assertNull(chinese("出口增长至15%", "15%"));
        assertChange(Direction.INCREASE, null, chinese("出口增幅为15%", "15%")); // a rate noun names the change
    }

    @Test
    void blockersCoverAChangeWord() {
        assertNull(english("Fees make up 30 percent of revenue"));
        assertNull(english("The firm laid off 400 workers"));
    }

    @Test
    void reachAfterAndSignAndList() {
        assertChange(Direction.INCREASE, null, english("Orders increased in the spring by 9 percent"));
        assertNull(english("Orders increased , and in May by 9 percent")); // a clause break ends the reach
        assertChange(Direction.DECREASE, null, english("They expect a 2% 2027 decline"));
        assertChange(Direction.INCREASE, null, english("Margins were +0.4 percent"));
        assertChange(Direction.INCREASE, null, english("driven by gains in steel ( 40% ) , and in copper ( 8% )", 1, null));
        assertNull(english("Steel ( 40% ) was shipped"));
    }

    @Test
    void basisAfterTheFigureOrBeforeTheChange() {
        assertChange(Direction.INCREASE, Basis.YEAR_ON_YEAR, english("Sales rose 15 percent from a year earlier"));
        assertChange(Direction.INCREASE, Basis.YEAR_ON_YEAR, english("Year-on-year growth of 3 percent"));
        assertChange(Direction.INCREASE, Basis.YEAR_ON_YEAR, chinese("出口同比大幅增长15%", "15%"));
        assertChange(Direction.INCREASE, Basis.YEAR_ON_YEAR, chinese("出口年增10%", "10%")); // the word names it
    }

    @Test
    void noBasisAcrossAnotherFigureOrAnOpenClauseBreak() {
        assertChange(Direction.INCREASE, Basis.YEAR_ON_YEAR, english("Year-on-year and up 3%"));
        assertChange(Direction.INCREASE, null, english("Year-on-year 4% and up 3%", 1, null));
        assertChange(Direction.INCREASE, Basis.YEAR_ON_YEAR, chinese("与去年同期相比,出口增长5%", "5%"));
        assertChange(Direction.INCREASE, null, chinese("进口同比持平,出口增长5%", "5%"));
    }

    @Test
    void previousPeriodIsRefinedByTheFiguresPeriod() {
        Period may = new Period(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), "2026-05");
        Period q2 = new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "2026-Q2");
        assertChange(Direction.INCREASE, Basis.MONTH_ON_MONTH, chinese("销量环比增长3%", "3%", may));
        assertChange(Direction.INCREASE, Basis.QUARTER_ON_QUARTER, chinese("销量环比增长3%", "3%", q2));
        assertChange(Direction.INCREASE, Basis.PREVIOUS_PERIOD, chinese("销量环比增长3%", "3%"));
    }
}
