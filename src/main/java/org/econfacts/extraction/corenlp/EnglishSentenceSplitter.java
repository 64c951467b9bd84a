package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Token;

/** Splits and tags an English passage with CoreNLP, keeping document offsets. */
public final class EnglishSentenceSplitter {

    private final CoreNlpPipelines pipelines;

    public EnglishSentenceSplitter(CoreNlpPipelines pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * @param passage English text, an exact slice of the document
     * @param offset where {@code passage} starts in the document
     */
    public List<Sentence> split(String passage, int offset) {
        Annotation annotation = new Annotation(passage);
        pipelines.splitter().annotate(annotation);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(
                        passage.substring(t.beginPosition(), t.endPosition()),
                        offset + t.beginPosition(),
                        offset + t.endPosition(),
                        t.tag()));
            }
            out.add(new Sentence(passage.substring(begin, end), offset + begin, Language.EN, tokens));
        }
        return out;
    }
}
