package org.econfacts.extraction.lang.en;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether an English sentence can hold a figure at all: it has a digit, a vulgar fraction, or a
 * number word of the lexicon (units, tens, scales, "dozen", "quarter", …). Sentences without one are
 * not part-of-speech tagged (most sentences of an article; the tagger is most of the cost).
 */
public final class NumeralCue implements Predicate<String> {

    private final Set<String> words = new HashSet<>();

    public NumeralCue(EnglishGrammarWords lexicon) {
        EnglishGrammarWords.Numbers n = lexicon.numbers();
        words.addAll(n.units().keySet());
        words.addAll(n.tens().keySet());
        words.addAll(n.hundreds());
        words.addAll(n.dozens());
        words.addAll(n.scales().keySet());
        words.addAll(n.denominators().keySet());
        words.addAll(n.bareDenominators());
        lexicon.fractions().keySet().forEach(f -> words.addAll(List.of(f.split("[\\s-]+"))));
        words.removeAll(n.indefinite()); // "a" and "an" alone say nothing of a number
        words.removeIf(w -> w.length() < 2);
    }

    public static NumeralCue load() {
        return new NumeralCue(EnglishGrammarWords.load());
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
                while (j < n && (Character.isLetter(sentence.charAt(j)))) {
                    j++;
                }
                if (j - i <= 12 && words.contains(sentence.substring(i, j).toLowerCase(Locale.ROOT))) {
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
