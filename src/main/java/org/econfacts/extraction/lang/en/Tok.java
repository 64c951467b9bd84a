package org.econfacts.extraction.lang.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Token;

/** A token with offsets local to its sentence and a lower-cased word, as the English rules read it. */
record Tok(String word, String lower, int start, int end, String pos) {

    private static final Pattern FALLBACK = Pattern.compile("\\d[\\d,.]*[a-zA-Z]{0,3}|[\\p{L}][\\p{L}\\p{N}'.-]*|\\S");

    /** The sentence's CoreNLP tokens made local; a plain split (no POS) when it has none. */
    static List<Tok> of(Sentence sentence) {
        String text = sentence.text();
        List<Tok> out = new ArrayList<>();
        if (sentence.tokens().isEmpty()) {
            Matcher m = FALLBACK.matcher(text);
            while (m.find()) {
                out.add(new Tok(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end(), null));
            }
            return out;
        }
        for (int k = 0; k < sentence.tokens().size(); k++) {
            Token t = sentence.tokens().get(k);
            int s = t.start() - sentence.start();
            int e = t.end() - sentence.start();
            if (k == sentence.tokens().size() - 1 && e - s == 2 && Character.isLetter(text.charAt(s)) && text.charAt(e - 1) == '.') {
                e--; // at a line's end the tokenizer reads a final "d." as an abbreviation: "1.1 mln b/d." ends in "d"
            }
            if (s >= 0 && e <= text.length() && s < e) {
                String w = text.substring(s, e);
                out.add(new Tok(w, w.toLowerCase(Locale.ROOT), s, e, t.pos()));
            }
        }
        return out;
    }
}
