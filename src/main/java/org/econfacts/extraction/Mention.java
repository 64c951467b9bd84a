package org.econfacts.extraction;

import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Period;

/**
 * A figure found in a document: its normalised value, qualifiers and provenance. {@code start}/
 * {@code end} are half-open Java string indices into the document as submitted and {@code text} is
 * exactly that slice. {@code change}, {@code period} and {@code subject} may be null; {@code rule}
 * names the rule that matched.
 */
public record Mention(
        FigureValue value,
        Approximation approximation,
        Change change,
        Period period,
        int start,
        int end,
        String text,
        Language language,
        String rule,
        String subject) {

    public Mention {
        if (value == null || approximation == null || language == null || text == null) {
            throw new IllegalArgumentException("incomplete mention " + text);
        }
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + text);
        }
    }

    public Mention withPeriod(Period p) {
        return new Mention(value, approximation, change, p, start, end, text, language, rule, subject);
    }

    public Mention withSubject(String s) {
        return new Mention(value, approximation, change, period, start, end, text, language, rule, s);
    }
}
