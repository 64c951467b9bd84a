package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.PhraseTable;
import org.econfacts.extraction.Reading;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Count;
import org.econfacts.normalization.PercentUnit;

/**
 * What an English number counts, from the part-of-speech tags after it: a plural common noun within
 * {@code count.window} modifier tokens ("63,000 new energy vehicles"), a capitalised product name
 * with a plural ("3,100 A320s"), or "of them" (the noun counted just before). Year-like numbers count
 * only before a noun of {@code count.yearLikeNouns}. Its words are {@code grammar.yaml}'s {@code count:}
 * section; stateless.
 */
final class CountedNouns {

    private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[\\d.,]+");
    private static final Pattern NOUN = Pattern.compile("[a-z][a-z-]*[a-z]");

    private final EnglishGrammarWords.Counting count;
    private final Set<String> stopNouns;
    private final Set<String> anaphora;
    private final String ofWord;
    private final PhraseTable<PercentUnit> percentWords;
    private final PhraseTable<String> currencyBefore;
    private final PhraseTable<String> currencyAfter;
    private final PhraseTable<String> units;

    CountedNouns(EnglishGrammarWords words, Measures measures) {
        this.count = words.count();
        this.stopNouns = Set.copyOf(count.stopNouns());
        this.anaphora = Set.copyOf(count.anaphora());
        this.ofWord = words.numbers().ofWord();
        this.percentWords = measures.percent();
        this.currencyBefore = measures.before();
        this.currencyAfter = measures.after();
        this.units = measures.units();
    }

    /**
     * The count the number of tokens {@code [i, j)} states, or null: a counted noun after it, a product
     * name ("12,400 Model Ys") or "of them" (the noun of the last count before).
     */
    Reading read(List<Token> toks, int i, int j, BigDecimal value, List<Reading> earlier) {
        String first = toks.get(i).lower();
        if (j == i + 1 && (count.excludedNumerals().contains(first) || YEAR_LIKE.matcher(first).matches() && !countLooksLikeYear(toks, i, j))) {
            return null;
        }
        if (i > 0 && isProductName(toks.get(i - 1))) {
            return null;
        }
        if (j + 1 < toks.size() && toks.get(j).lower().equals(ofWord) && anaphora.contains(toks.get(j + 1).lower())) {
            String noun = null;
            for (int k = earlier.size() - 1; k >= 0 && noun == null; k--) {
                if (earlier.get(k).value() instanceof Count c) {
                    noun = c.noun();
                }
            }
            return new Reading(new Count(value, noun), Approximation.EXACT, i, j, i, "count: number + of them");
        }
        int head = headNoun(toks, j);
        if (head < 0) {
            int product = productPlural(toks, j);
            if (product < 0) {
                return null;
            }
            String name = toks.subList(j, product + 1).stream().map(Token::word).collect(java.util.stream.Collectors.joining(" "));
            return new Reading(new Count(value, name), Approximation.EXACT, i, product + 1, i, "count: number + product name");
        }
        int from = head;
        while (from - 1 >= j && "NN".equals(toks.get(from - 1).pos()) && NOUN.matcher(toks.get(from - 1).word()).matches()) {
            from--;
        }
        StringBuilder noun = new StringBuilder();
        for (int k = from; k <= head; k++) {
            noun.append(k > from ? " " : "").append(toks.get(k).lower());
        }
        return new Reading(new Count(value, noun.toString()), Approximation.EXACT, i, head + 1, i, "count: number + noun");
    }

    /**
     * "The firm counted 1900 companies", "created 2000 jobs": a year-like number is a count when a noun
     * of {@code count.yearLikeNouns} follows it directly and no determiner or preposition stands before
     * it ("the 2020 elections", "in 2021 sales" stay years).
     */
    private boolean countLooksLikeYear(List<Token> toks, int i, int j) {
        return j < toks.size() && count.yearLikeNouns().contains(toks.get(j).lower())
                && (i == 0 || !count.yearLikeBlockers().contains(toks.get(i - 1).lower()));
    }

    private static final Pattern PRODUCT_PLURAL = Pattern.compile("[A-Z][A-Za-z0-9-]*[a-z0-9]s");
    private static final Pattern PRODUCT_WORD = Pattern.compile("[A-Z][A-Za-z0-9-]*");

    /**
     * "12,400 Model Ys", "3,100 A320s": a capitalised name of one or two words right after the number,
     * its last word a plural ("Ys", "A320s"). Index of that last word, or -1.
     */
    private int productPlural(List<Token> toks, int j) {
        for (int k = j; k < toks.size() && k < j + 2; k++) {
            Token t = toks.get(k);
            if (!PRODUCT_WORD.matcher(t.word()).matches() || currencyAfter.contains(t.lower()) || units.contains(t.lower())) {
                return -1;
            }
            boolean plural = PRODUCT_PLURAL.matcher(t.word()).matches() || t.word().length() <= 3 && t.word().endsWith("s");
            if (plural && !t.word().endsWith("ss")) {
                return k;
            }
        }
        return -1;
    }

    /** "Boeing 737 jets", "Model 3 cars": a capitalised name right before the number. */
    private boolean isProductName(Token previous) {
        return "NNP".equals(previous.pos()) && Character.isUpperCase(previous.word().charAt(0))
                && !currencyAfter.contains(previous.lower()) && !currencyBefore.contains(previous.lower());
    }

    /** The counted noun after the numeral: a plural common noun within a few modifier tokens, or -1. */
    private int headNoun(List<Token> toks, int j) {
        for (int k = j; k < toks.size() && k - j < count.window(); k++) {
            Token t = toks.get(k);
            if (stopNouns.contains(t.lower()) || percentWords.contains(t.lower())) {
                return -1;
            }
            boolean plural = t.pos() == null ? k == j && t.lower().endsWith("s")
                    : count.headTags().contains(t.pos()) || count.collectiveNouns().contains(t.lower());
            if (plural && NOUN.matcher(t.word()).matches()) {
                return k;
            }
            if (t.pos() == null || !count.modifierTags().contains(t.pos()) || PLAIN_NUMBER.matcher(t.lower()).matches()) {
                return -1;
            }
        }
        return -1;
    }
}
