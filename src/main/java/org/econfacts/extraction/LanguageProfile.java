package org.econfacts.extraction;

import java.util.Set;

/**
 * What one language family brings to the pipeline, built once and picked by {@link Language#family()}
 * (see {@link LanguageProfiles}). Generic stages take the profile of a sentence's language and never
 * ask which language it is.
 *
 * @param family    {@code en}, {@code zh}: the key of {@code extraction/<family>/} and of the CoreNLP
 *                  configurations {@code corenlp/<family>*.properties}
 * @param sentences the sentence splitter; it folds each sentence ({@link Sentence#folded()}) and may tokenise
 * @param rules     numerals, periods and figures of the language
 * @param subjects  finds what a figure measures in the tagged words of its sentence
 * @param entities  how named entities are tagged and matched in this language
 */
public record LanguageProfile(
        String family,
        PassageSplitter sentences,
        LanguageRules rules,
        SubjectFinder subjects,
        Entities entities) {

    public LanguageProfile {
        if (family == null || sentences == null || rules == null || subjects == null || entities == null) {
            throw new IllegalArgumentException("incomplete language profile " + family);
        }
    }

    /**
     * @param pipeline         the CoreNLP configuration ({@code corenlp/<pipeline>.properties}) that tags
     *                         entities: on the sentence's own tokens when {@code tagger} is given, else on
     *                         the folded sentence (then it tokenises and tags parts of speech itself)
     * @param tagger           the part-of-speech pipeline for sentence tokens the splitter left untagged,
     *                         or null when the splitter gives no tokens
     * @param untypedNameTags  part-of-speech tags of proper nouns the entity tagger left untyped that
     *                         still name an entity ({@code NR} in Chinese), typed {@code OTHER}
     * @param aliases          how gazetteer aliases are searched in the folded sentence
     */
    public record Entities(String pipeline, String tagger, Set<String> untypedNameTags, AliasSearch aliases) {
        public Entities {
            if (pipeline == null || aliases == null) {
                throw new IllegalArgumentException("incomplete entity settings");
            }
            untypedNameTags = Set.copyOf(untypedNameTags);
        }
    }

    /** How gazetteer aliases are found in a sentence. */
    public enum AliasSearch {
        /** Han aliases anywhere in unsegmented text (the segmenter may have cut them). */
        HAN_ANYWHERE,
        /** Latin aliases as written, standing as words of their own. */
        LATIN_WORDS
    }
}
