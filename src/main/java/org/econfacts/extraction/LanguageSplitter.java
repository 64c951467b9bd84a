package org.econfacts.extraction;

import org.econfacts.extraction.lang.zh.ChineseScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into passages of one language: each line is English or Chinese by the share of
 * Han characters among its letters; Chinese lines get their script. Lines with no letters are skipped,
 * and consecutive lines of one language stay separate passages (paragraphs do not share sentences).
 */
public final class LanguageSplitter {

    private final ChineseScript scripts;

    public LanguageSplitter(ChineseScript scripts) {
        this.scripts = scripts;
    }

    public List<Passage> split(String text, List<int[]> excluded) {
        List<Passage> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!isExcluded(lineStart, excluded)) {
                passage(text, lineStart, lineEnd).ifPresent(out::add);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static boolean isExcluded(int offset, List<int[]> excluded) {
        for (int[] range : excluded) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    private java.util.Optional<Passage> passage(String text, int start, int end) {
        int han = 0;
        int latin = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return java.util.Optional.empty();
        }
        String slice = text.substring(start, end);
        // a Chinese sentence with a few Latin names (SCO, GDP, Kuanysh Amantai) is still Chinese
        Language language = han * 3 >= latin ? scripts.detect(slice) : Language.EN;
        return java.util.Optional.of(new Passage(slice, start, language));
    }
}
