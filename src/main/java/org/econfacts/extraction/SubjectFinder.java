package org.econfacts.extraction;

import java.util.List;
import java.util.Optional;

/**
 * Finds the phrase naming what a figure measures ("total import and export volume", "进出口总额")
 * from the tagged words of its sentence. Never the whole sentence; empty when nothing fits.
 */
public interface SubjectFinder {

    /**
     * @param mention the figure
     * @param figures every figure of its sentence (the mention among them), in text order
     * @param tokens the tagged words of its sentence, in order, with document offsets
     * @param text the document as submitted (subjects are slices of it)
     */
    Optional<String> subject(Mention mention, List<Mention> figures, List<Token> tokens, String text);
}
