package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.econfacts.extraction.corenlp.EntityTagger;
import org.econfacts.normalization.Count;

/**
 * The AttachSubject stage: for a sentence that holds figures, tags its words and entities once
 * (CoreNLP, only here: most sentences of an article hold no figure) and gives each figure its subject,
 * the entities of its sentence and a category.
 */
public final class Describe {

    private final LanguageProfiles profiles;
    private final EntityTagger tagger;
    private final EntityCollector entities;
    private final Categorizer categorizer;

    public Describe(LanguageProfiles profiles, EntityTagger tagger, EntityCollector entities, Categorizer categorizer) {
        this.profiles = profiles;
        this.tagger = tagger;
        this.entities = entities;
        this.categorizer = categorizer;
    }

    public List<Finding> apply(Sentence sentence, List<Mention> mentions, String text) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        LanguageProfile profile = profiles.of(sentence.language());
        List<Token> tokens = tagger.tag(sentence, profile.entities());
        List<EntityRef> about = entities.collect(sentence, tokens, text, profile.entities());
        SubjectFinder subjects = profile.subjects();
        List<Finding> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Optional<String> subject = m.subject() != null ? Optional.of(m.subject()) : subjects.subject(m, tokens, text);
            if (subject.isEmpty() && m.value() instanceof Count count && count.noun() != null && m.change() == null) {
                subject = Optional.of(count.noun()); // "八個成員國": what is counted is what is measured
            }
            Mention described = m.withSubject(subject.filter(s -> !s.isBlank()).orElse(null));
            String before = text.substring(sentence.start(), m.end());
            Category category = categorizer.categorize(described, described.subject(), before);
            out.add(new Finding(described, sentence.text(), category, about));
        }
        return out;
    }
}
