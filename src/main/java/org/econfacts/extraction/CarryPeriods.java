package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.List;
import org.econfacts.normalization.Period;

/**
 * Within one paragraph, a figure whose sentence names no period takes the period of the figure before
 * it: news paragraphs set the time once ("今年上半年，…。其中…超過1萬臺") and keep to it.
 * Figures of a new paragraph start with no period.
 */
public final class CarryPeriods {

    /** @param findings one passage's findings, in text order */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        Period last = null;
        for (Finding f : findings) {
            Mention m = f.mention();
            if (m.period() != null) {
                last = m.period();
                out.add(f);
            } else {
                out.add(last == null ? f : f.withMention(m.withPeriod(last)));
            }
        }
        return out;
    }
}
