package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.PeriodRules;
import org.econfacts.extraction.PeriodPhrase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.econfacts.extraction.Qualifiers;
import org.econfacts.extraction.FigureRecognizer;
import org.econfacts.extraction.Units;
import org.econfacts.extraction.Lexicon;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.Reading;
import org.econfacts.extraction.FoldedText;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.Sentence;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;

/**
 * Finds figures in a Chinese sentence (Traditional or Simplified). It reads the sentence's folded
 * text ({@link Sentence#folded()}), so every rule is written in Simplified; spans are mapped back and point into the text as submitted.
 * One left-to-right scan over numeral runs keeps it linear. A figure's span includes approximation
 * words written next to it ({@code 約40家}, {@code 30%左右}); its period is the phrase
 * {@link org.econfacts.extraction.PeriodAttachment} chooses (the nearest before it, else one after it in the same clause).
 */
public final class ChineseFigureRecognizer implements FigureRecognizer {
    private final ChineseGrammarWords lex;
    private final Measures measures;
    private final FigureReader reader;
    private final PeriodRules periods;
    private final ChineseNumberParser numbers;
    private final Qualifiers qualifiers;

    public ChineseFigureRecognizer(ChineseGrammarWords lex, Lexicon lexicon, ChineseNumberParser numbers, PeriodRules periods) {
        this.lex = lex;
        this.measures = lexicon.measureTables();
        this.numbers = numbers;
        this.reader = new FigureReader(lex, measures, numbers);
        this.periods = periods;
        this.qualifiers = lexicon.qualifiers(periods.attachment());
    }

    @Override
    public boolean reads(Language language) {
        return language == Language.ZH_HANT || language == Language.ZH_HANS;
    }

    @Override
    public List<Mention> recognize(Sentence sentence, LocalDate referenceDate) {
        if (!reads(sentence.language()) || referenceDate == null) {
            return List.of();
        }
        FoldedText folded = FoldedText.inPlace(sentence.text(), sentence.folded());
        String s = folded.text();
        List<PeriodPhrase> found = periods.find(s, referenceDate);
        List<Mention> out = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        int i = 0;
        int lastEnd = -2; // where the last figure ended: a dash right after one joins a range ("80亿元-95亿元")
        while (i < s.length()) {
            if (!lex.numerals().isNumeralChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = runEnd(s, sentence.text(), i);
            int next = j;
            Optional<Reading> r = Optional.empty();
            String fraction = lex.numerals().fractionWord();
            int numerator = j + fraction.length();
            if (s.startsWith(fraction, j) && numerator < s.length() && lex.numerals().isNumeralChar(s.charAt(numerator))) {
                next = decimalsAfterUnit(s, runEnd(s, sentence.text(), numerator));
                r = reader.fraction(s, i, j, next);
                if (hasSign(s, i, lastEnd)) {
                    int at = i;
                    r = r.map(x -> negative(x, at));
                }
            } else if (j - i <= lex.numerals().maxLength()) {
                r = signed(folded, i, j, lastEnd, readings);
                if (r.isEmpty() && rangeAfter(s, j)) {
                    if (blockedBefore(s, i)) { // 第3至5条: both ends are ordinals
                        next = runEnd(s, sentence.text(), j + 1);
                    } else {
                        r = lowerEnd(folded, i, j, readings);
                    }
                }
            }
            if (r.isPresent()) {
                Reading q = withCurrencyPrefix(s, r.get());
                readings.add(q);
                next = Math.max(next, q.to());
                lastEnd = q.to();
            }
            i = next;
        }
        // a Chinese figure's number is taken to start where its span does (人民币 of 人民币509亿元 included)
        List<Qualifiers.Figure> figures = readings.stream()
                .map(q -> new Qualifiers.Figure(q.from(), q.to(), q.from(), q.value(), q.approximation())).toList();
        List<Qualifiers.Qualified> qualified = qualifiers.qualify(Units.chars(s), s, figures, found);
        for (int k = 0; k < readings.size(); k++) {
            out.add(mention(sentence, folded, readings.get(k), qualified.get(k)));
        }
        return List.copyOf(out);
    }

    /**
     * End of the numeral run at {@code i}: numeral chars, with decimal points and thousands commas
     * inside. A full-width comma ({@code original}, before folding) is a clause comma unless it
     * stands between full-width digits: "$20，300美圆" is two amounts.
     */
    private int runEnd(String s, String original, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (lex.numerals().isNumeralChar(c)) {
                j++;
            } else if ((c == '.' || lex.numerals().decimalPoints().contains(c)) && j > i && j + 1 < s.length()
                    && lex.numerals().isDigit(s.charAt(j - 1)) && lex.numerals().isDigit(s.charAt(j + 1))) {
                j++;
            } else if (c == ',' && j > i && ascii(s, j - 1) && j + 3 < s.length() + 0 && ascii(s, j + 1)
                    && ascii(s, j + 2) && ascii(s, j + 3) && !ascii(s, j + 4) && groupingComma(original, j)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean groupingComma(String original, int j) {
        char c = original.charAt(j);
        return c == ',' || fullWidthDigit(original.charAt(j - 1)) && fullWidthDigit(original.charAt(j + 1));
    }

    private static boolean fullWidthDigit(char c) {
        return c >= '\uFF10' && c <= '\uFF19';
    }

    /** {@code 百分之一百二十点五}: a fraction's numerator may have decimals after a unit (never 十点, a time, elsewhere). */
    private int decimalsAfterUnit(String s, int end) {
        if (end + 1 < s.length() && s.charAt(end) != '.' && lex.numerals().decimalPoints().contains(s.charAt(end))
                && !lex.numerals().isDigit(s.charAt(end - 1)) && lex.numerals().digits().containsKey(s.charAt(end + 1))) {
            int k = end + 1;
            while (k < s.length() && lex.numerals().digits().containsKey(s.charAt(k))) {
                k++;
            }
            return k;
        }
        return end;
    }

    /**
     * The figure of the run {@code [i, j)}, unless glued to a code; a minus sign right before a
     * percentage ({@code -3.2%}, {@code 负0.5个百分点}) makes it negative and joins the span.
     */
    private Optional<Reading> signed(FoldedText folded, int i, int j, int lastEnd, List<Reading> earlier) {
        String s = folded.text();
        boolean sign = hasSign(s, i, lastEnd);
        if (!sign && blockedBefore(s, i) && lastEnd != i - 1) {
            return Optional.empty();
        }
        Optional<Reading> r = reader.read(folded, i, j, earlier);
        if (!sign) {
            return r;
        }
        if (r.isPresent() && r.get().value() instanceof Percent) {
            return Optional.of(negative(r.get(), i));
        }
        return blockedBefore(s, i) ? Optional.empty() : r;
    }

    /**
     * A minus sign right before {@code i} that is not part of a range or code ({@code 3-5%}, {@code 3%-5%}
     * when the last figure ended at {@code lastEnd}, {@code 正负}).
     */
    private boolean hasSign(String s, int i, int lastEnd) {
        return i > 0 && lastEnd != i - 1 && lex.numerals().negativeSigns().contains(s.charAt(i - 1))
                && (i < 2 || (!blockedBefore(s, i - 1) && !lex.signBlockedAfter().contains(String.valueOf(s.charAt(i - 2)))));
    }

    /**
     * The lower end of a range that leaves its unit to the upper end ({@code 12亿至15亿元}, {@code 3至5个百分点},
     * {@code 1至2万人}): the run {@code [i, j)} read with the unit (and, when it has none of its own, the scale
     * words) of the figure after the connector, when it is below that figure.
     */
    private Optional<Reading> lowerEnd(FoldedText folded, int i, int j, List<Reading> earlier) {
        String s = folded.text();
        int k = runEnd(s, folded.original(), j + 1);
        Optional<Reading> upper = k - j - 1 <= lex.numerals().maxLength() ? reader.read(folded, j + 1, k, earlier) : Optional.empty();
        if (upper.isEmpty()) {
            return Optional.empty();
        }
        String low = s.substring(i, j);
        int scales = k;
        while (scales > j + 1 && lex.numerals().sections().containsKey(s.charAt(scales - 1))) {
            scales--;
        }
        boolean ownScale = lex.numerals().sections().containsKey(s.charAt(j - 1));
        Optional<BigDecimal> v = numbers.parseFolded(ownScale ? low : low + s.substring(scales, k));
        if (v.isEmpty() || v.get().signum() <= 0 || v.get().compareTo(upper.get().value().value()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Reading(upper.get().value().withValue(v.get()), Approximation.EXACT, i, j, i,
                "range: lower end, unit of the upper end"));
    }

    /** A range connector at {@code j} with a numeral after it. */
    private boolean rangeAfter(String s, int j) {
        return j + 1 < s.length() && lex.rangeConnectors().contains(String.valueOf(s.charAt(j)))
                && lex.numerals().isNumeralChar(s.charAt(j + 1));
    }

    /** A percentage read at {@code i} made negative by the sign before it; other figures stay as read. */
    private static Reading negative(Reading x, int i) {
        if (!(x.value() instanceof Percent p)) {
            return x;
        }
        return new Reading(new Percent(p.value().negate(), p.points()), x.approximation(), i - 1, x.to(), i - 1,
                x.rule() + " (negative)");
    }

    private static boolean ascii(String s, int k) {
        return k >= 0 && k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
    }

    /** Numbers glued to codes, ids or ordinals ({@code C6}, {@code 第一}, {@code 8623-6757}) are not figures. */
    private boolean blockedBefore(String s, int i) {
        if (i == 0) {
            return false;
        }
        char c = s.charAt(i - 1);
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || lex.blockedBefore().contains(String.valueOf(c));
    }

    /** {@code 人民币509亿元}, {@code 港币100元}: a currency written before the amount joins the span and wins over 元. */
    private Reading withCurrencyPrefix(String s, Reading r) {
        if (!(r.value() instanceof Money m)) {
            return r;
        }
        var prefix = measures.before().longestEndingAt(s, r.from());
        if (prefix.isEmpty()) {
            return r;
        }
        String currency = m.currency().equals("CNY") ? prefix.get().value() : m.currency();
        return new Reading(new Money(m.value(), currency), r.approximation(), prefix.get().start(), r.to(),
                prefix.get().start(), r.rule().replace("money: number", "money: currency prefix + number"));
    }

    private Mention mention(Sentence sentence, FoldedText folded, Reading r, Qualifiers.Qualified q) {
        int start = folded.originalStart(q.from());
        int end = folded.originalEnd(q.to());
        return new Mention(r.value(), q.approximation(), q.change(), q.period(), sentence.start() + start,
                sentence.start() + end, sentence.text().substring(start, end), sentence.language(), r.rule(), null);
    }
}
