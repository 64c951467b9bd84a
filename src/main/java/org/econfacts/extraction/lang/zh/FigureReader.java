package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.FigureReadings;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.Reading;
import java.util.List;
import java.util.Map;
import org.econfacts.extraction.PhraseTable;
import org.econfacts.extraction.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.econfacts.extraction.FoldedText;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Count;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;

/**
 * Reads the figure that a numeral run starts: the number, an optional {@code 多/余} (and a scale
 * after it, {@code 100多万元}), then what the characters after it make of it, by the ordered readings of
 * {@code extraction/zh/figures.yaml} ({@link FigureReadings}): the shared ones (percent sign, percentage
 * points, currency, physical unit, a currency before the number) and this grammar's 角/分, {@code 成} and
 * measure words. Fractions ({@code 三分之二}, {@code 百分之十五}) are read by {@link #fraction}.
 */
final class FigureReader {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ChineseGrammarWords lex;
    private final Measures measures;
    private final ChineseNumberParser numbers;
    private final FigureReadings<FoldedText> readings;

    FigureReader(ChineseGrammarWords lex, Measures measures, ChineseNumberParser numbers) {
        this.lex = lex;
        this.measures = measures;
        this.numbers = numbers;
        this.readings = new FigureReadings<>("zh", measures, Map.of("bare-scale", this::bareScale,
                "article-one", this::articleOne, "yuan-jiao-fen", this::yuanJiaoFen, "tenths", this::tenths,
                "measure-word", this::measureWord));
    }

    /** The figure of the numeral run {@code [i, j)}, trying shorter numerals when a unit begins with a scale char. */
    Optional<Reading> read(FoldedText folded, int i, int j, List<Reading> earlier) {
        String s = folded.text();
        for (int e = j; e > i && e >= j - 3; e--) {
            if (e < j && !isScale(s.charAt(e))) {
                break;
            }
            Optional<Reading> r = readAt(folded, i, e, earlier);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private Optional<Reading> readAt(FoldedText folded, int i, int e, List<Reading> earlier) {
        String s = folded.text();
        String numeral = s.substring(i, e);
        Optional<BigDecimal> parsed = numbers.parseFolded(numeral);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = parsed.get();
        int pos = e;
        Approximation approx = Approximation.EXACT;
        Optional<PhraseTable.Hit<Boolean>> more = lex.moreSuffixes().longestAt(s, pos);
        if (more.isPresent()) {
            approx = Approximation.MORE_THAN;
            pos = more.get().end();
            while (pos < s.length() && isScale(s.charAt(pos)) && pos - e < 4) {
                value = value.multiply(scale(s.charAt(pos)));
                pos++;
            }
        }
        return readings.read(new FigureReadings.At<>(folded, Units.chars(s), i, e, pos, value, approx, earlier));
    }

    /** Bare scales ({@code 万家}) are not figures: no digit, no {@code 多} after it; {@code 十家} is ten. */
    private Optional<Reading> bareScale(FigureReadings.At<FoldedText> at, String rule) {
        String numeral = at.sentence().text().substring(at.from(), at.to());
        boolean bare = !hasDigit(numeral) && at.after() == at.to()
                && !Integer.valueOf(10).equals(lex.numerals().units().get(numeral.charAt(0)));
        return bare ? Optional.of(FigureReadings.STOP) : Optional.empty();
    }

    /** The article-like 一 ({@code 一个}, {@code 一元}) is no figure; {@code 一美元} is. */
    private Optional<Reading> articleOne(FigureReadings.At<FoldedText> at, String rule) {
        String s = at.sentence().text();
        if (at.to() - at.from() != 1 || !Integer.valueOf(1).equals(lex.numerals().digits().get(s.charAt(at.from())))) {
            return Optional.empty();
        }
        var currency = measures.after().longestAt(s, at.after());
        return currency.isPresent() && currency.get().word().length() > 1 && !currency.get().value().equals("CNY")
                ? reading(new Money(at.value(), currency.get().value()), at.approximation(), at.from(), currency.get().end(), rule)
                : Optional.of(FigureReadings.STOP);
    }

    /** {@code 50元6角3分}: jiao and fen after 元 or 块 add to the amount. */
    private Optional<Reading> yuanJiaoFen(FigureReadings.At<FoldedText> at, String rule) {
        String s = at.sentence().text();
        return measures.currencyAfter(at.units(), at.after(), at.value())
                .filter(m -> m.value() instanceof Money money && money.currency().equals("CNY") && lex.cnySubunits().contains(m.word()))
                .flatMap(m -> {
                    int[] end = {m.end()};
                    BigDecimal amount = at.value().add(subunit(s, end, lex.jiao(), new BigDecimal("0.1")))
                            .add(subunit(s, end, lex.fen(), new BigDecimal("0.01")));
                    return end[0] == m.end() ? Optional.empty()
                            : reading(((Money) m.value()).withValue(amount), at.approximation(), at.from(), end[0], rule);
                });
    }

    /** {@code X成}: tenths as a percentage. */
    private Optional<Reading> tenths(FigureReadings.At<FoldedText> at, String rule) {
        String s = at.sentence().text();
        return isTenths(s, at.value(), at.after())
                ? tenths(s, at.value(), at.approximation(), at.from(), at.after() + lex.tenthsWord().length())
                : Optional.empty();
    }

    /**
     * A measure word or counted noun after an integer: {@code 40家}, {@code 20个比特币} (money), {@code 5个城市};
     * {@code 5个月} is no figure.
     */
    private Optional<Reading> measureWord(FigureReadings.At<FoldedText> at, String rule) {
        FoldedText folded = at.sentence();
        String s = folded.text();
        BigDecimal value = at.value();
        Approximation approx = at.approximation();
        int i = at.from();
        int pos = at.after();
        var word = lex.countWords().longestAt(s, pos);
        if (word.isEmpty() || value.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        int end = word.get().end();
        if (word.get().word().equals(lex.genericMeasureWord())) {
            if (lex.notCountAfterGe().longestAt(s, end).isPresent()) {
                return Optional.of(FigureReadings.STOP);
            }
            var currency = measures.after().longestAt(s, end);
            if (currency.isPresent() && currency.get().word().length() > 1) { // 20个比特币
                return reading(new Money(value, currency.get().value()), approx, i, currency.get().end(),
                        "money: number + 个 + currency");
            }
            var noun = lex.nounsAfterGe().longestAt(s, end);
            if (noun.isPresent()) {
                String written = folded.original().substring(folded.originalStart(end), folded.originalEnd(noun.get().end()));
                return reading(new Count(value, written), approx, i, noun.get().end(), "count: number + 个 + noun");
            }
        }
        String written = folded.original().substring(folded.originalStart(pos), folded.originalEnd(end));
        return reading(new Count(value, written), approx, i, end, "count: number + measure word");
    }

    /**
     * {@code 6角}, {@code 三分} right after 元/块 ({@code 50元6角3分} = 50.63): one digit and a
     * subunit word, not followed by a word that makes it a duration ({@code 5分钟}). Moves {@code at[0]}.
     */
    private BigDecimal subunit(String s, int[] at, PhraseTable<Boolean> words, BigDecimal scale) {
        int k = at[0];
        if (k >= s.length()) {
            return BigDecimal.ZERO;
        }
        char c = s.charAt(k);
        Integer digit = c >= '1' && c <= '9' ? Integer.valueOf(c - '0') : lex.numerals().digits().get(c);
        if (digit == null || digit == 0) {
            return BigDecimal.ZERO;
        }
        var word = words.longestAt(s, k + 1);
        if (word.isEmpty() || (word.get().end() < s.length() && lex.subunitBlockedAfter().contains(String.valueOf(s.charAt(word.get().end()))))) {
            return BigDecimal.ZERO;
        }
        at[0] = word.get().end();
        return scale.multiply(BigDecimal.valueOf(digit));
    }

    /** {@code a分之b} at {@code [i, ...)}: b/a as a percentage, exact, or rounded to 2 decimals when it does not end. */
    Optional<Reading> fraction(String s, int i, int j, int k) {
        Optional<BigDecimal> den = numbers.parseFolded(s.substring(i, j));
        Optional<BigDecimal> num = numbers.parseFolded(s.substring(j + lex.numerals().fractionWord().length(), k));
        if (den.isEmpty() || num.isEmpty() || den.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal pct;
        try {
            pct = num.get().multiply(HUNDRED).divide(den.get()).stripTrailingZeros(); // 百万分之五 = 0.0005%
        } catch (ArithmeticException nonTerminating) {
            pct = num.get().multiply(HUNDRED).divide(den.get(), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return reading(new Percent(pct.scale() < 0 ? pct.setScale(0) : pct, false), Approximation.EXACT, i, k,
                "percent: X分之Y");
    }

    /** {@code X成} with 0 < X <= 10 in tenths ({@code 9成}, {@code 2.5成}, {@code 十成}); not 建成, 成员. */
    private boolean isTenths(String s, BigDecimal value, int pos) {
        if (!s.startsWith(lex.tenthsWord(), pos) || value.signum() <= 0 || value.compareTo(BigDecimal.TEN) > 0
                || value.stripTrailingZeros().scale() > 1) {
            return false;
        }
        int next = pos + lex.tenthsWord().length();
        return next >= s.length() || !lex.tenthsBlockedAfter().contains(String.valueOf(s.charAt(next)));
    }

    /** X成, with a following hundredths digit ({@code 七成六} = 76%) or {@code 半} ({@code 三成半} = 35%). */
    private Optional<Reading> tenths(String s, BigDecimal value, Approximation approx, int i, int end) {
        BigDecimal pct = value.multiply(BigDecimal.TEN);
        if (end < s.length() && value.scale() <= 0 && endsPhrase(s, end + 1)) {
            char c = s.charAt(end);
            Integer digit = lex.numerals().digits().get(c);
            if (digit != null && digit > 1 && !lex.numerals().countingOnly().contains(c)) {
                return reading(new Percent(pct.add(BigDecimal.valueOf(digit)), false), approx, i, end + 1, "percent: X成Y");
            }
            if (lex.numerals().half().equals(String.valueOf(c))) {
                return reading(new Percent(pct.add(BigDecimal.valueOf(5)), false), approx, i, end + 1, "percent: X成半");
            }
        }
        return reading(new Percent(pct, false), approx, i, end, "percent: X成");
    }

    /** Whether the hundredths ends the phrase: 七成六, 七成六的 but not 三成二手房. */
    private boolean endsPhrase(String s, int k) {
        if (k >= s.length()) {
            return true;
        }
        char c = s.charAt(k);
        return !Character.isLetterOrDigit(c) || lex.tenthsEndBefore().contains(String.valueOf(c));
    }

    private boolean hasDigit(String numeral) {
        for (char c : numeral.toCharArray()) {
            if ((c >= '1' && c <= '9') || (lex.numerals().digits().getOrDefault(c, 0) > 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean isScale(char c) {
        return lex.numerals().units().containsKey(c) || lex.numerals().sections().containsKey(c);
    }

    private BigDecimal scale(char c) {
        Integer unit = lex.numerals().units().get(c);
        return unit != null ? BigDecimal.valueOf(unit) : lex.numerals().sections().get(c);
    }

    private static Optional<Reading> reading(FigureValue v, Approximation a, int start, int end, String rule) {
        return Optional.of(new Reading(v, a, start, end, start, rule));
    }
}
