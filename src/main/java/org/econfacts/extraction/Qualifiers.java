package org.econfacts.extraction;

import java.util.List;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Period;

/**
 * The qualify stage every recogniser calls once per sentence: approximation ({@link Approximations}),
 * change and basis ({@link Changes}) and period ({@link PeriodAttachment}), in that order, over the
 * sentence's {@link Units} and the language's data. A recogniser finds and reads figures; what they
 * qualify as is decided here, the same way for every language. Immutable.
 */
public final class Qualifiers {

    /**
     * A figure read at units {@code [from, to)} whose number starts at unit {@code number}, with the
     * approximation its own reading made ({@code 40多家}; usually exact).
     */
    public record Figure(int from, int to, int number, FigureValue value, Approximation approximation) {}

    /** A figure qualified: its span widened to units {@code [from, to)}. */
    public record Qualified(int from, int to, Approximation approximation, Change change, Period period) {}

    private final Approximations approximations;
    private final Changes changes;
    private final PeriodAttachment attachment;

    public Qualifiers(Approximations approximations, Changes changes, PeriodAttachment attachment) {
        this.approximations = approximations;
        this.changes = changes;
        this.attachment = attachment;
    }

    /**
     * Qualifies every figure of a sentence.
     *
     * @param units   the sentence's units, with offsets into {@code text}
     * @param text    the sentence's text as the units read it
     * @param figures the sentence's figures, in text order
     * @param periods the sentence's period phrases, none of them a dateline
     */
    public List<Qualified> qualify(Units units, String text, List<Figure> figures, List<PeriodPhrase> periods) {
        List<int[]> bases = changes.basisSpans(text);
        List<Integer> starts = figures.stream().map(f -> units.start(f.from())).toList();
        return figures.stream().map(f -> qualify(units, text, f, figures, starts, periods, bases)).toList();
    }

    private Qualified qualify(Units units, String text, Figure f, List<Figure> all, List<Integer> starts,
            List<PeriodPhrase> periods, List<int[]> bases) {
        Approximations.Widened w = approximations.widen(units, f.from(), f.to(), f.approximation());
        int start = units.start(w.from());
        int end = units.end(w.to() - 1);
        Period period = attachment.periodOf(attachment.choose(text, start, end, periods, starts), f.value());
        List<Integer> others = all.stream().filter(o -> o != f).map(o -> units.start(o.number())).toList();
        Change change = changes.read(units, text, w.from(), w.to(), f.number(), bases, others, period);
        return new Qualified(w.from(), w.to(), w.approximation(), change, period);
    }
}
