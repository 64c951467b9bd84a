package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the phrases of a list stand in a text: the longest phrase first at a start, never
 * overlapping, in text order. Phrases of a spaced language match as whole words ("from a year
 * earlier", not inside "year-earlier"); those of a solid one ({@code 同比}) anywhere. Immutable.
 */
public final class PhraseSpans {

    private final Pattern pattern;

    /**
     * @param wholeWords a phrase must not start or end inside a word (hyphenated words count as one)
     * @param ignoreCase whether letters match regardless of case
     */
    public PhraseSpans(Collection<String> phrases, boolean wholeWords, boolean ignoreCase) {
        this.pattern = phrases == null || phrases.isEmpty() ? null
                : Pattern.compile(wholeWords ? "\\b" + alternation(phrases) + "(?![\\w-])" : alternation(phrases),
                        ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** The spans {@code [start, end)} of the phrases in {@code text}. */
    public List<int[]> in(String text) {
        List<int[]> out = new ArrayList<>();
        if (pattern != null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** A regular-expression group matching any of {@code phrases} literally, the longest first. */
    public static String alternation(Collection<String> phrases) {
        return "(?:" + phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")";
    }
}
