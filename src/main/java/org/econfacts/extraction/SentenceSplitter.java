package org.econfacts.extraction;

import java.util.List;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;

/** Splits a passage into sentences with the splitter of its language. */
public final class SentenceSplitter {

    private final EnglishSentenceSplitter english;
    private final ChineseSentenceSplitter chinese;

    public SentenceSplitter(EnglishSentenceSplitter english, ChineseSentenceSplitter chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public List<Sentence> split(Passage passage) {
        return passage.language().isChinese() ? chinese.split(passage) : english.split(passage.text(), passage.start());
    }
}
