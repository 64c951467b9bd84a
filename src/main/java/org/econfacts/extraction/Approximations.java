package org.econfacts.extraction;

import java.util.Optional;
import org.econfacts.normalization.Approximation;

/**
 * The approximation stage every language shares: a word of the lexicon's {@code approximations:}
 * written right before a figure ("more than 63,000 vehicles", {@code 逾500家}) or right after it ("20
 * million tonnes or more", {@code 30%左右}) joins the figure's span and says how the figure
 * approximates. One written before wins over one after ("some 4 million barrels or so"), and an
 * approximation the figure's own reading already made ({@code 40多家}) wins over both. Immutable.
 */
public final class Approximations {

    /** The figure's units widened to {@code [from, to)} with its approximation. */
    public record Widened(int from, int to, Approximation approximation) {}

    private final PhraseTable<Approximation> before;
    private final PhraseTable<Approximation> after;

    public Approximations(ApproximationWords words) {
        this.before = PhraseTable.ofWords(ApproximationWords.index(words.before()));
        this.after = PhraseTable.ofWords(ApproximationWords.index(words.after()));
    }

    /**
     * The figure of units {@code [from, to)} with the approximation words next to it;
     * {@code read} is the approximation its reading made (usually exact).
     */
    public Widened widen(Units units, int from, int to, Approximation read) {
        Approximation a = read;
        Optional<PhraseTable.Hit<Approximation>> b = before.endingAt(units, from);
        if (b.isPresent()) {
            from = b.get().start();
            a = a == Approximation.EXACT ? b.get().value() : a;
        }
        Optional<PhraseTable.Hit<Approximation>> f = after.at(units, to);
        if (f.isPresent()) {
            to = f.get().end();
            a = a == Approximation.EXACT ? f.get().value() : a;
        }
        return new Widened(from, to, a);
    }
}
