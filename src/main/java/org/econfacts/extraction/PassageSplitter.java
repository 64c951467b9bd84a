package org.econfacts.extraction;

import java.util.List;

/**
 * Splits a passage of one language into sentences with document offsets, each carrying its folded
 * text and whatever tokens the language's splitter produces. Part of a {@link LanguageProfile}.
 */
public interface PassageSplitter {

    List<Sentence> split(Passage passage);
}
