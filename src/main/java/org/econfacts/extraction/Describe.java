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

    /**
     * A figure whose clause names nothing measures what its sentence's figure before it measures
     * ("rose 12 pct to 1.14 mln bags from 1.02 mln", "compared with 14.4 pct and 56.1 billion a year
     * ago"), else the one after it ("up 15 percent to $9 billion" written change first). Counts keep to
     * counts and amounts to amounts: "1,850 trips to 100 cities" are two things.
     */
    private static Optional<String> neighbours(List<String> own, List<Mention> mentions, Mention m) {
        boolean count = m.value() instanceof Count;
        int at = mentions.indexOf(m);
        for (int step : new int[] {-1, 1}) {
            for (int j = at + step; j >= 0 && j < mentions.size(); j += step) {
                if (own.get(j) != null && (mentions.get(j).value() instanceof Count) == count) {
                    return Optional.of(own.get(j));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "posted a current account deficit of 310 mln dlrs, against a deficit of 245 mln": a one-word
     * subject that heads the subject of an earlier figure of the sentence is that subject said short.
     */
    private static String fuller(List<String> own, int i) {
        String s = own.get(i);
        if (s == null || s.contains(" ") || s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
            return s;
        }
        for (int j = i - 1; j >= 0; j--) {
            String earlier = own.get(j);
            if (earlier != null && earlier.toLowerCase(java.util.Locale.ROOT).endsWith(" " + s.toLowerCase(java.util.Locale.ROOT))) {
                return earlier;
            }
        }
        return s;
    }

    public List<Finding> apply(Sentence sentence, List<Mention> mentions, String text) {
        if (mentions.isEmpty()) {
            return List.of();
        }
        LanguageProfile profile = profiles.of(sentence.language());
        List<Token> tokens = tagger.tag(sentence, profile.entities());
        List<EntityRef> about = entities.collect(sentence, tokens, text, profile.entities());
        SubjectFinder subjects = profile.subjects();
        List<String> own = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            own.add(m.subject() != null ? m.subject()
                    : subjects.subject(m, mentions, tokens, text).filter(s -> !s.isBlank()).orElse(null));
        }
        List<Finding> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Optional<String> subject = Optional.ofNullable(fuller(own, i)).or(() -> neighbours(own, mentions, m));
            if (subject.isEmpty() && m.value() instanceof Count count && count.noun() != null && m.change() == null) {
                subject = Optional.of(count.noun()); // "八個成員國": what is counted is what is measured
            }
            Mention described = m.withSubject(subject.orElse(null));
            String before = text.substring(sentence.start(), m.end());
            Category category = categorizer.categorize(described, described.subject(), before);
            out.add(new Finding(described, sentence.text(), category, about));
        }
        return out;
    }
}
