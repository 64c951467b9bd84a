package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.extraction.LanguageProfile;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Token;

/**
 * Tags one sentence with words, part of speech and named entities using the entity pipeline its
 * language's profile names. When the profile names a tagger ({@link LanguageProfile.Entities#tagger()}),
 * the sentence's own tokens are used: the tagger adds the parts of speech they lack and the entity
 * pipeline only adds entities, so the sentence is not tokenised and tagged twice. Otherwise the entity
 * pipeline reads the folded sentence (Simplified Chinese: the models are trained on it); folding keeps
 * every character in place, so offsets carry over.
 */
public final class EntityTagger {

    private final CoreNlpPipelines pipelines;

    public EntityTagger(CoreNlpPipelines pipelines) {
        this.pipelines = pipelines;
    }

    public List<Token> tag(Sentence sentence, LanguageProfile.Entities entities) {
        if (entities.tagger() != null && !sentence.tokens().isEmpty()) {
            return tagTokens(sentence, entities);
        }
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

    /** Entities over the sentence's own tokens, part-of-speech tagged first where they are not yet. */
    private List<Token> tagTokens(Sentence sentence, LanguageProfile.Entities entities) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            CoreLabel l = new CoreLabel();
            String original = sentence.text().substring(t.start() - sentence.start(), t.end() - sentence.start());
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(original);
            l.setBeginPosition(t.start() - sentence.start());
            l.setEndPosition(t.end() - sentence.start());
            l.setIndex(labels.size() + 1);
            l.setSentIndex(0);
            if (t.pos() != null) {
                l.setTag(t.pos());
            }
            labels.add(l);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, sentence.text());
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.text().length());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        Annotation annotation = new Annotation(sentence.text());
        annotation.set(CoreAnnotations.TokensAnnotation.class, labels);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(s));
        if (sentence.tokens().stream().anyMatch(t -> t.pos() == null)) {
            pipelines.pipeline(entities.tagger()).annotate(annotation);
        }
        pipelines.pipeline(entities.pipeline()).annotate(annotation);
        List<Token> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(new Token(l.word(), sentence.start() + l.beginPosition(), sentence.start() + l.endPosition(),
                    l.tag(), l.ner()));
        }
        return out;
    }
}
