package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.extraction.ScriptFolder;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.TaggedToken;

/**
 * Tags one sentence with words, part of speech and named entities using the language's entity
 * pipeline. Chinese is folded to Simplified first (same length, so offsets carry over).
 */
public final class EntityTagger {

    private final CoreNlpPipelines pipelines;
    private final ScriptFolder folder;

    public EntityTagger(CoreNlpPipelines pipelines, ScriptFolder folder) {
        this.pipelines = pipelines;
        this.folder = folder;
    }

    public List<TaggedToken> tag(Sentence sentence) {
        String text = sentence.language().isChinese() ? folder.fold(sentence.text()).text() : sentence.text();
        // same junk-run guard as the sentence splitter: CoreNLP's lexer is quadratic on long symbol runs
        Annotation annotation = new Annotation(EnglishSentenceSplitter.breakSymbolRuns(text));
        pipelines.entities(sentence.language()).annotate(annotation);
        List<TaggedToken> out = new ArrayList<>();
        for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            int begin = t.beginPosition();
            int end = t.endPosition();
            if (begin < 0 || end > text.length() || end <= begin) {
                continue;
            }
            out.add(new TaggedToken(t.word(), sentence.start() + begin, sentence.start() + end, t.tag(), t.ner()));
        }
        return out;
    }
}
