package org.econfacts.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a sentence can hold a figure at all: it has a digit, a vulgar fraction, or a word its
 * language's number grammar reads as part of a numeral ({@link NumberParser#numeralWords()}).
 * Sentences without one are not part-of-speech tagged (most sentences of an article; the tagger is
 * most of the cost). One pass over the characters; stateless.
 */
public final class NumeralCue implements Predicate<String> {

    /** No numeral word is longer; longer letter runs are not looked up. */
    private static final int MAX_WORD = 12;

    private final Set<String> words;

    public NumeralCue(NumberParser numbers) {
        this.words = Set.copyOf(numbers.numeralWords());
    }

    @Override
    public boolean test(String sentence) {
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER) {
                return true;
            }
            if (Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(sentence.charAt(j))) {
                    j++;
                }
                if (j - i <= MAX_WORD && words.contains(sentence.substring(i, j).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                i = j;
            } else {
                i++;
            }
        }
        return false;
    }
}
