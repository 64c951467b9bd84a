package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.econfacts.normalization.Count;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.Period;
import org.junit.jupiter.api.Test;

/**
 * The one period-attachment policy on made-up sentences and phrases, apart from any language's rules (the
 * corpora pin those): each part of the {@code attach:} section switched on alone.
 */
class PeriodAttachmentTest {

    private static final PeriodAttachment NEAREST = new PeriodAttachment(null, List.of());
    private static final PeriodAttachment CLAUSE = new PeriodAttachment(
            new PeriodAttachment.Spec(null, null, null, null, null, new PeriodAttachment.AfterSpec(12, ";"), null), List.of());
    private static final PeriodAttachment WORDY = new PeriodAttachment(new PeriodAttachment.Spec(
            "\\s*(?:[a-z]+\\s+){0,2}", "\\s+(?<year>\\d{4})\\s+[a-z]", "\\bthe\\s+(?<year>\\d{4})\\s+[a-z]+\\s+of\\s+$",
            new PeriodAttachment.PossessiveSpec("owner", "\\s*"), "\\s*(?:[a-z]+\\s+){0,2}", null, List.of("end")),
            List.of("versus"));

    /** The phrase of rule {@code rule} at the first {@code word} of {@code text}, a year long. */
    private static PeriodPhrase phrase(String text, String word, int year, String rule) {
        int at = text.indexOf(word);
        return new PeriodPhrase(at, at + word.length(), Period.year(year), rule);
    }

    private static PeriodPhrase choose(PeriodAttachment a, String text, String figure, List<PeriodPhrase> periods) {
        int start = text.indexOf(figure);
        return a.choose(text, start, start + figure.length(), periods, List.of(start));
    }

    @Test
    void theNearestPhraseBeforeWinsElseTheFirstAfter() {
        String text = "in cycle one gold was 5 bars, in cycle two 7";
        List<PeriodPhrase> ps = List.of(phrase(text, "cycle one", 2001, "c"), phrase(text, "cycle two", 2002, "c"));
        assertThat(choose(NEAREST, text, "7", ps).period().label()).isEqualTo("2002");
        assertThat(choose(NEAREST, text, "5 bars", ps).period().label()).isEqualTo("2001");
        String after = "gold was 5 bars in cycle one and cycle two";
        List<PeriodPhrase> later = List.of(phrase(after, "cycle one", 2001, "c"), phrase(after, "cycle two", 2002, "c"));
        assertThat(choose(NEAREST, after, "5 bars", later).period().label()).isEqualTo("2001");
        assertThat(choose(NEAREST, after, "5 bars", List.of())).isNull();
    }

    @Test
    void aPhraseAfterIsTheFiguresOnlyWithinTheClauseAndTheReachTheFileGives() {
        String near = "gold 5 in cycle one";
        assertThat(choose(CLAUSE, near, "5", List.of(phrase(near, "cycle one", 2001, "c")))).isNotNull();
        String broken = "gold 5; cycle one";
        assertThat(choose(CLAUSE, broken, "5", List.of(phrase(broken, "cycle one", 2001, "c")))).isNull();
        String far = "gold 5 and then much later cycle one";
        assertThat(choose(CLAUSE, far, "5", List.of(phrase(far, "cycle one", 2001, "c")))).isNull();
        assertThat(choose(NEAREST, far, "5", List.of(phrase(far, "cycle one", 2001, "c")))).isNotNull();
    }

    @Test
    void aPhraseWrittenRightAfterWinsOverOneBeforeUnlessANumberOrAComparisonStandsBetween() {
        String text = "in cycle one gold 5 bars in cycle two";
        List<PeriodPhrase> ps = List.of(phrase(text, "cycle one", 2001, "c"), phrase(text, "cycle two", 2002, "c"));
        assertThat(choose(WORDY, text, "5 bars", ps).period().label()).isEqualTo("2002");
        assertThat(choose(NEAREST, text, "5 bars", ps).period().label()).isEqualTo("2001");
        String number = "in cycle one gold 5 bars 6 cycle two";
        List<PeriodPhrase> ns = List.of(phrase(number, "cycle one", 2001, "c"), phrase(number, "cycle two", 2002, "c"));
        assertThat(choose(WORDY, number, "5 bars", ns).period().label()).isEqualTo("2001");
        String compared = "in cycle one gold 5 bars versus cycle two";
        List<PeriodPhrase> cs = List.of(phrase(compared, "cycle one", 2001, "c"), phrase(compared, "cycle two", 2002, "c"));
        assertThat(choose(WORDY, compared, "5 bars", cs).period().label()).isEqualTo("2001");
    }

    @Test
    void theOwnPeriodOfAnEarlierComparisonFigureIsNotTheNextFigures() {
        String text = "gold 5 versus 4 bars cycle one, silver 9";
        List<PeriodPhrase> ps = List.of(phrase(text, "cycle one", 2001, "c"));
        assertThat(choose(WORDY, text, "9", ps)).isNull();
        assertThat(choose(NEAREST, text, "9", ps)).isNotNull();
        String after = "silver 9 bars, up versus 4 cycle one";
        assertThat(choose(WORDY, after, "9", List.of(phrase(after, "cycle one", 2001, "c")))).isNull();
    }

    @Test
    void aPossessivePhraseDatesOnlyTheFigureItOpens() {
        String text = "owner's 5 bars and 7 bars";
        List<PeriodPhrase> ps = List.of(phrase(text, "owner's", 2001, "owner"));
        assertThat(choose(WORDY, text, "5", ps).period().label()).isEqualTo("2001");
        assertThat(choose(WORDY, text, "7", ps)).isNull();
    }

    @Test
    void aBareYearNextToTheFigureIsItsPeriod() {
        String after = "a 5 pct 1988 rise in cycle two";
        PeriodPhrase p = choose(WORDY, after, "5 pct", List.of(phrase(after, "cycle two", 2002, "c")));
        assertThat(p.rule()).isEqualTo(PeriodAttachment.YEAR_BEFORE_NOUN);
        assertThat(p.period().label()).isEqualTo("1988");
        String before = "the 1986 surplus of 9 bars";
        assertThat(choose(WORDY, before, "9 bars", List.of()).period().label()).isEqualTo("1986");
        assertThat(choose(NEAREST, before, "9 bars", List.of())).isNull();
    }

    @Test
    void aRateAtTheEndOfAPeriodIsThatMonthsReading() {
        PeriodPhrase end = new PeriodPhrase(0, 3, Period.day(LocalDate.of(1988, 12, 31)), "end");
        assertThat(WORDY.periodOf(end, new Percent(new BigDecimal("2"), false)).label()).isEqualTo("1988-12");
        assertThat(WORDY.periodOf(end, new Count(new BigDecimal("2"), "bars")).label()).isEqualTo("1988-12-31");
        assertThat(NEAREST.periodOf(end, new Percent(new BigDecimal("2"), false)).label()).isEqualTo("1988-12-31");
        assertThat(NEAREST.periodOf(null, new Percent(BigDecimal.ONE, false))).isNull();
    }

    @Test
    void aYearPatternWithoutItsGroupFailsAtStart() {
        assertThatThrownBy(() -> new PeriodAttachment(new PeriodAttachment.Spec(null, "\\s+\\d{4}", null, null, null, null,
                null), List.of())).hasMessageContaining("year");
    }
}
