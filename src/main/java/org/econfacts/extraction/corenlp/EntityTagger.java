package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.extraction.LanguageProfile;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Token;

/**
 * Tags one sentence with words, part of speech and named entities using the entity pipeline its
 * language's profile names. The tagger reads the folded sentence (Simplified Chinese: the models are
 * trained on it); folding keeps every character in place, so offsets carry over.
 */
public final class EntityTagger {

    private final CoreNlpPipelines pipelines;

    public EntityTagger(CoreNlpPipelines pipelines) {
        this.pipelines = pipelines;
    }

    public List<Token> tag(Sentence sentence, LanguageProfile.Entities entities) {
        String text = sentence.folded();
        // same junk-run guard as the sentence splitter: CoreNLP's lexer is quadratic on long symbol runs
        Annotation annotation = new Annotation(EnglishSentenceSplitter.breakSymbolRuns(text));
        pipelines.pipeline(entities.pipeline()).annotate(annotation);
        List<Token> out = new ArrayList<>();
        for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            int begin = t.beginPosition();
            int end = t.endPosition();
            if (begin < 0 || end > text.length() || end <= begin) {
                continue;
            }
            out.add(new Token(t.word(), sentence.start() + begin, sentence.start() + end, t.tag(), t.ner()));
        }
        return out;
    }
}
