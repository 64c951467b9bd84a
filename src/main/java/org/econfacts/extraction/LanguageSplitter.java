package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a document into passages of one language: each line is English or Chinese by the share of
 * Han characters among its letters; Chinese lines get their script. Lines with no letters are skipped.
 *
 * <p>A line is a paragraph, except in hard-wrapped text (wire copy keeps the line breaks of a
 * 70-column terminal: "rose to 840 mln\ndlrs in February"). There a paragraph runs on over the next
 * line of the same language unless that line is blank or indented (a new paragraph) or this one is
 * an all-capital headline, so a figure, a sentence and its period are not cut by a line break.
 * Passages are exact slices of the document, line breaks included, so offsets never drift.
 */
public final class LanguageSplitter {

    /** A wrapped document's lines are short: nine in ten at most this long. */
    static final int WRAP_WIDTH = 100;
    /** ... and enough of them are nearly full to tell wrapping from a list of short paragraphs. */
    static final int FULL_LINE = 50;
    static final int MIN_FULL_LINES = 4;

    private final ScriptFolder scripts;

    public LanguageSplitter(ScriptFolder scripts) {
        this.scripts = scripts;
    }

    public List<Passage> split(String text, List<int[]> excluded) {
        List<Line> lines = lines(text, excluded);
        boolean wrapped = isHardWrapped(lines);
        List<Passage> out = new ArrayList<>();
        Line open = null;
        int openEnd = 0;
        for (Line line : lines) {
            boolean runsOn = open != null && wrapped && !line.indented() && line.start() == openEnd + 1
                    && !open.headline();
            if (runsOn && (line.language() == open.language() || line.language() == null)) {
                openEnd = line.end(); // a wrapped paragraph, also over a line of digits only ("1986.")
                continue;
            }
            if (open != null) {
                out.add(passage(text, open.start(), openEnd, open.language()));
                open = null;
            }
            if (line.language() != null) { // a line with no letters of its own is no passage
                open = line;
                openEnd = line.end();
            }
        }
        if (open != null) {
            out.add(passage(text, open.start(), openEnd, open.language()));
        }
        return out;
    }

    private Passage passage(String text, int start, int end, Language firstLine) {
        String slice = text.substring(start, end);
        Language language = firstLine == Language.EN ? Language.EN : scripts.script(slice);
        return new Passage(slice, start, language);
    }

    /** One non-blank line: where it is, its language (Chinese script not yet told; null without letters) and shape. */
    private record Line(int start, int end, Language language, boolean indented, boolean headline) {}

    private List<Line> lines(String text, List<int[]> excluded) {
        List<Line> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!isExcluded(lineStart, excluded)) {
                line(text, lineStart, lineEnd).ifPresent(out::add);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static boolean isHardWrapped(List<Line> lines) {
        if (lines.size() < MIN_FULL_LINES) {
            return false;
        }
        int[] lengths = lines.stream().mapToInt(l -> l.end() - l.start()).sorted().toArray();
        long full = Arrays.stream(lengths).filter(n -> n >= FULL_LINE).count();
        int ninetiethPercentile = lengths[(int) Math.ceil(lengths.length * 0.9) - 1];
        return ninetiethPercentile <= WRAP_WIDTH && full >= MIN_FULL_LINES;
    }

    private static boolean isExcluded(int offset, List<int[]> excluded) {
        for (int[] range : excluded) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    private Optional<Line> line(String text, int start, int end) {
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
            boolean blank = text.substring(start, end).isBlank();
            return blank ? Optional.empty() : Optional.of(new Line(start, end, null, false, false));
        }
        // a Chinese sentence with a few Latin names (SCO, GDP, Kuanysh Amantai) is still Chinese;
        // Traditional or Simplified is told once the paragraph is whole
        Language language = han * 3 >= latin ? Language.ZH_HANS : Language.EN;
        boolean indented = end > start && Character.isWhitespace(text.charAt(start));
        boolean headline = AllCapitals.test(text.subSequence(start, end));
        return Optional.of(new Line(start, end, language, indented, headline));
    }
}
