package org.econfacts.extraction;

import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.FigureValue;

/**
 * A figure read at units {@code [from, to)} of its sentence, before it is qualified: its value, the
 * approximation its own words make ({@code 40多家}; usually exact), the unit where its number starts,
 * and the name of the rule that read it (the fact's {@code rule}). Made by {@link FigureReadings} and by
 * the readings a language's grammar adds.
 */
public record Reading(FigureValue value, Approximation approximation, int from, int to, int number, String rule) {

    /** This reading as the qualify stage takes it. */
    public Qualifiers.Figure figure() {
        return new Qualifiers.Figure(from, to, number, value, approximation);
    }

    /** The same figure over units {@code [from, to)}, under {@code rule}. */
    public Reading spanning(int from, int to, String rule) {
        return new Reading(value, approximation, from, to, number, rule);
    }
}
