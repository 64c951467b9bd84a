package org.econfacts.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds every economic figure in one sentence of one language, with value, approximation, change
 * and period (resolved against {@code referenceDate}, the article's publication date). Never throws
 * on odd text: a mention it cannot normalise is left out.
 */
public interface FigureRecognizer {

    /** Whether this recognizer reads sentences of that language. */
    boolean reads(Language language);

    List<Mention> recognize(Sentence sentence, LocalDate referenceDate);

    /**
     * A figure made after recognition (CarryUnits: "dropped 7,800 to 3,874,600") read by the same
     * approximation and change rules as the recogniser's own; its period is kept. The default leaves
     * it as it is.
     */
    default Mention qualify(Sentence sentence, Mention made) {
        return made;
    }
}
