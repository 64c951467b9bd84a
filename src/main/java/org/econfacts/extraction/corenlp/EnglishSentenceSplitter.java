package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.PassageSplitter;
import org.econfacts.extraction.Passage;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Token;

/**
 * Splits an English passage into sentences with CoreNLP, keeping document offsets, and tags with
 * parts of speech only the sentences that may hold a figure ({@code needsTags}): the tagger is most
 * of CoreNLP's cost and works one sentence at a time, so the tags of the sentences it does see are
 * unchanged. Untagged sentences have tokens with a null tag.
 */
public final class EnglishSentenceSplitter implements PassageSplitter {

    private final CoreNlpPipelines pipelines;
    private final Predicate<String> needsTags;

    public EnglishSentenceSplitter(CoreNlpPipelines pipelines, Predicate<String> needsTags) {
        this.pipelines = pipelines;
        this.needsTags = needsTags;
    }

    /** A splitter that tags every sentence. */
    public EnglishSentenceSplitter(CoreNlpPipelines pipelines) {
        this(pipelines, s -> true);
    }

    @Override
    public List<Sentence> split(Passage passage) {
        return split(passage.text(), passage.start(), passage.language());
    }

    /**
     * @param passage English text, an exact slice of the document
     * @param offset where {@code passage} starts in the document
     */
    public List<Sentence> split(String passage, int offset) {
        return split(passage, offset, Language.EN);
    }

    private List<Sentence> split(String passage, int offset, Language language) {
        Annotation annotation = new Annotation(breakSymbolRuns(passage));
        pipelines.splitter().annotate(annotation);
        tagCandidates(annotation, passage);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(
                        t.word(), // as CoreNLP read it (rules read the text by offsets; the entity tagger reads this)
                        offset + t.beginPosition(),
                        offset + t.endPosition(),
                        t.tag()));
            }
            out.add(new Sentence(passage.substring(begin, end), offset + begin, language, tokens));
        }
        return out;
    }

    /** Runs the part-of-speech tagger over the sentences that may hold a figure, in place. */
    private void tagCandidates(Annotation annotation, String passage) {
        List<CoreMap> candidates = new ArrayList<>();
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (needsTags.test(passage.substring(begin, end))) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        // an all-capital headline ("CHILE TRADE SURPLUS FALLS TO 190 MLN DLRS") is tagged as if written in
        // lower case: the tagger, trained on mixed case, reads every capitalised word as a proper noun
        List<CoreLabel> shouted = new ArrayList<>();
        for (CoreMap s : candidates) {
            if (org.econfacts.extraction.AllCapitals.test(s.get(CoreAnnotations.TextAnnotation.class))) {
                shouted.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        List<String> words = shouted.stream().map(CoreLabel::word).toList();
        shouted.forEach(t -> t.setWord(t.word().toLowerCase(java.util.Locale.ROOT)));
        Annotation subset = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
        subset.set(CoreAnnotations.SentencesAnnotation.class, candidates);
        pipelines.tagger().annotate(subset);
        for (int i = 0; i < shouted.size(); i++) {
            shouted.get(i).setWord(words.get(i));
        }
    }


    /** Longest run of symbols handed to CoreNLP's lexer in one piece. */
    static final int SYMBOL_RUN = 16;

    /**
     * CoreNLP's lexer takes quadratic time on long runs of symbols ({@code %%%%…}, {@code &&&&…},
     * {@code ％％％…}: 3 000 of them take over a second, a 500 000-character line hours, and the time
     * budget is only checked between sentences). The lexer therefore reads a copy in which every
     * {@value #SYMBOL_RUN}th character of such a run is a space. The copy has the same length, and
     * tokens and sentences are still cut from the passage as submitted, so offsets and texts are
     * unchanged; only junk runs are tokenised differently.
     */
    static String breakSymbolRuns(String passage) {
        char[] copy = null;
        int run = 0;
        for (int i = 0; i < passage.length(); i++) {
            char c = passage.charAt(i);
            if (Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isLetterOrDigit(c)) {
                run = 0;
            } else if (++run == SYMBOL_RUN) {
                if (copy == null) {
                    copy = passage.toCharArray();
                }
                copy[i] = ' ';
                run = 0;
            }
        }
        return copy == null ? passage : new String(copy);
    }
}
