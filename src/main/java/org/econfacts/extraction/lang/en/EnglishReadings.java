package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.Token;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.econfacts.extraction.FigureReadings;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.PhraseTable;
import org.econfacts.extraction.Reading;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.PercentUnit;

/**
 * The readings the English grammar adds to the shared ones of {@link FigureReadings}, by the names
 * {@code extraction/en/figures.yaml} lists them under: a minus word or a sign before a percentage, the
 * currency written before a dashed range, a scale word or cents after a currency word, and counted nouns
 * ({@link CountedNouns}). Stateless after construction.
 */
final class EnglishReadings {

    /** A sentence as this grammar reads it: its text and its tokens (glued ones cut). */
    record Tokens(String text, List<Token> list) {}

    private static final Set<String> DASHES = Set.of("-", "\u2013");

    private final Measures measures;
    private final EnglishNumberParser numbers;
    private final CountedNouns counted;
    private final Set<String> negativeWords;
    private final Set<String> lowerCasePercent;
    private final EnglishGrammarWords.Counting count;
    private final PhraseTable<String> currencyBefore;
    private final PhraseTable<String> currencyAfter;
    private final PhraseTable<PercentUnit> percentWords;
    private final PhraseTable<String> units;
    private final String andWord;

    EnglishReadings(EnglishGrammarWords words, Measures measures, EnglishNumberParser numbers) {
        this.measures = measures;
        this.numbers = numbers;
        this.counted = new CountedNouns(words, measures);
        this.negativeWords = Set.copyOf(words.negativeWords());
        this.lowerCasePercent = Set.copyOf(words.lowerCasePercent());
        this.count = words.count();
        this.currencyBefore = measures.before();
        this.currencyAfter = measures.after();
        this.percentWords = measures.percent();
        this.units = measures.units();
        this.andWord = words.numbers().andWord();
    }

    /**
     * The readings this grammar adds to the shared ones ({@code figures.yaml} gives the order): signs
     * before a percentage, a scale word or cents after a currency word, and counted nouns.
     */
    Map<String, FigureReadings.Rule<Tokens>> grammar() {
        return Map.of(
                "minus-word-percent", (at, rule) -> percentAt(at).filter(p -> at.from() > 0
                        && negativeWords.contains(at.units().joined(at.from() - 1, at.from())))
                        .map(p -> new Reading(new Percent(((Percent) p.value()).value().negate(), ((Percent) p.value()).points()),
                                Approximation.EXACT, at.from() - 1, p.end(), at.from(), rule)),
                "signed-percent", (at, rule) -> percentAt(at).filter(p -> !((Percent) p.value()).points() && gluedSign(at))
                        .map(p -> new Reading(p.value(), Approximation.EXACT, at.from() - 1, p.end(), at.from() - 1, rule)),
                "lower-case-percent", (at, rule) -> at.after() < at.sentence().list().size()
                        && lowerCasePercent.contains(at.sentence().list().get(at.after()).word())
                        ? Optional.of(new Reading(new Percent(at.value(), false), at.approximation(), at.from(), at.after() + 1,
                                at.from(), rule))
                        : Optional.empty(),
                "currency-before-range", this::currencyBeforeRange,
                "currency-then-scale", this::currencyThenScale,
                "currency-and-cents", this::currencyAndCents,
                "counted-noun", (at, rule) -> Optional.ofNullable(
                        counted.read(at.sentence().list(), at.from(), at.to(), at.value(), at.earlier())));
    }

    private Optional<Measures.Measured> percentAt(FigureReadings.At<Tokens> at) {
        return measures.percentAfter(at.units(), at.to(), at.value());
    }

    /** A sign token written right before the number ("- 3.2 %"), itself not glued to a word before it. */
    private boolean gluedSign(FigureReadings.At<Tokens> at) {
        List<Token> toks = at.sentence().list();
        int i = at.from();
        Token sign = i > 0 ? toks.get(i - 1) : null;
        return sign != null && sign.word().length() == 1 && EnglishFigureRecognizer.SIGNS.indexOf(sign.word().charAt(0)) >= 0
                && sign.end() == toks.get(i).start() && (i < 2 || toks.get(i - 2).end() < sign.start()
                || !Character.isLetterOrDigit(at.sentence().text().charAt(sign.start() - 1)));
    }

    /**
     * "$5-6 billion", "€2-3 million": the upper end of a range written with a dash takes the currency
     * written before the lower end (the lower end then borrows this figure's unit and scale, CarryUnits).
     * Its span is its own number: the lower end and the sign stay outside it.
     */
    private Optional<Reading> currencyBeforeRange(FigureReadings.At<Tokens> at, String rule) {
        List<Token> toks = at.sentence().list();
        int i = at.from();
        if (i < 3 || !DASHES.contains(toks.get(i - 1).word()) || !EnglishNumberParser.DIGITS.matcher(toks.get(i - 2).word()).matches()
                || toks.get(i - 1).start() != toks.get(i - 2).end() || toks.get(i).start() != toks.get(i - 1).end()) {
            return Optional.empty();
        }
        return currencyBefore.endingAt(at.units(), i - 2)
                .filter(h -> FigureReadings.notTaken(at, h.start()))
                .map(h -> new Reading(new Money(at.value(), h.value()), Approximation.EXACT, i, at.to(), i, rule));
    }

    /** "75 USD million": a scale word after the currency word of a one-token number. */
    private Optional<Reading> currencyThenScale(FigureReadings.At<Tokens> at, String rule) {
        List<Token> toks = at.sentence().list();
        return measures.currencyAfter(at.units(), at.to(), at.value())
                .filter(c -> c.end() < toks.size() && at.to() == at.from() + 1 && numbers.isScaleWord(toks.get(c.end()).lower()))
                .flatMap(c -> numbers.parse("1 " + toks.get(c.end()).lower()).map(scale -> new Reading(
                        new Money(at.value().multiply(scale), ((Money) c.value()).currency()), Approximation.EXACT,
                        at.from(), c.end() + 1, at.from(), rule)));
    }

    /** "15 dollars 50", "thirteen dollars and forty-five cents": cents after the currency word of a worded number. */
    private Optional<Reading> currencyAndCents(FigureReadings.At<Tokens> at, String rule) {
        List<Token> toks = at.sentence().list();
        return measures.currencyAfter(at.units(), at.to(), at.value())
                .filter(c -> Character.isLetter(toks.get(at.to()).word().charAt(0))).flatMap(c -> {
            int[] cents = cents(toks, c.end());
            return cents == null ? Optional.empty() : Optional.of(new Reading(
                    new Money(at.value().add(BigDecimal.valueOf(cents[0], 2)), ((Money) c.value()).currency()),
                    Approximation.EXACT, at.from(), cents[1], at.from(), rule));
        });
    }

    private static final Pattern TWO_DIGITS = Pattern.compile("[1-9]\\d?");

    /**
     * Cents written after the currency word: "[and] 50 [cents]", "and forty-five cents". Returns
     * {cents, end token} or null; not when the number goes on to something else ("5 dollars 20 percent",
     * "40 dollars 12 times").
     */
    private int[] cents(List<Token> toks, int k) {
        if (k < toks.size() && toks.get(k).lower().equals(andWord)) {
            k++;
        }
        if (k >= toks.size()) {
            return null;
        }
        int end = k + 1;
        String written = toks.get(k).lower();
        if (!TWO_DIGITS.matcher(written).matches()) {
            if (!numbers.isNumeralWord(written) || numbers.isScaleWord(written) || EnglishNumberParser.DIGITS.matcher(written).matches()) {
                return null;
            }
            if (end < toks.size() && numbers.isNumeralWord(toks.get(end).lower()) && !numbers.isScaleWord(toks.get(end).lower())
                    && !EnglishNumberParser.DIGITS.matcher(toks.get(end).lower()).matches()) {
                written = written + " " + toks.get(end).lower(); // "forty five"
                end++;
            }
        }
        Optional<BigDecimal> n = numbers.parse(written);
        if (n.isEmpty() || n.get().scale() > 0 || n.get().compareTo(BigDecimal.ONE) < 0 || n.get().compareTo(BigDecimal.valueOf(99)) > 0) {
            return null;
        }
        if (end < toks.size() && count.centWords().contains(toks.get(end).lower())) {
            end++;
        } else if (end < toks.size()) {
            Token next = toks.get(end);
            boolean noun = next.pos() != null && next.pos().startsWith("NN");
            if (noun || numbers.isNumeralWord(next.lower()) || percentWords.wordsAt(toks, end, Token::lower).isPresent()
                    || units.wordsAt(toks, end, Token::lower).isPresent() || currencyAfter.wordsAt(toks, end, Token::lower).isPresent()) {
                return null;
            }
        }
        return new int[] {n.get().intValueExact(), end};
    }
}
