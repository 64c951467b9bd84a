package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Chinese passage at sentence-final punctuation (。！？；and their half-width forms),
 * keeping the punctuation with its sentence and document offsets intact. Each sentence is folded
 * (Simplified, half-width) here, once, for every later stage.
 */
public final class ChineseSentenceSplitter implements PassageSplitter {

    private static final String ENDS = "。！？；!?;";

    private final ScriptFolder folder;

    public ChineseSentenceSplitter(ScriptFolder folder) {
        this.folder = folder;
    }

    public ChineseSentenceSplitter() {
        this(new ScriptFolder());
    }

    @Override
    public List<Sentence> split(Passage passage) {
        List<Sentence> out = new ArrayList<>();
        String text = passage.text();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) {
                add(out, passage, start, closeQuote(text, i + 1));
                start = closeQuote(text, i + 1);
                i = start - 1;
            }
        }
        add(out, passage, start, text.length());
        return out;
    }

    /** Keeps a closing quote that follows the full stop inside the sentence. */
    private static int closeQuote(String text, int i) {
        while (i < text.length() && "”’」』\"".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private void add(List<Sentence> out, Passage p, int from, int to) {
        String s = p.text().substring(from, to);
        if (!s.isBlank()) {
            out.add(new Sentence(s, p.start() + from, p.language(), List.of(), folder.fold(s).text()));
        }
    }
}
