package org.econfacts.extraction;

import java.util.List;

/**
 * A mention with what the pipeline learnt around it: the sentence it was read from (stored as
 * provenance), its category and the entities it is about.
 */
public record Finding(Mention mention, String sentence, Category category, List<EntityRef> entities) {
    public Finding {
        if (mention == null || sentence == null) {
            throw new IllegalArgumentException("incomplete finding");
        }
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public Finding(Mention mention, String sentence) {
        this(mention, sentence, null, List.of());
    }

    public Finding withMention(Mention m) {
        return new Finding(m, sentence, category, entities);
    }

    public Finding with(Category c, List<EntityRef> e) {
        return new Finding(mention, sentence, c, e);
    }
}
