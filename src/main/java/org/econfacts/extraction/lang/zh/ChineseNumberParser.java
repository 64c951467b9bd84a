package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.PhraseTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.econfacts.extraction.NumberParser;
import org.econfacts.normalization.DigitNumerals;
import org.econfacts.extraction.ScriptFolder;

/**
 * Reads one whole Chinese numeral, exactly: Arabic ({@code 1,234.5}), Chinese ({@code 一百零五},
 * {@code 三千五百万}, {@code 兩}, {@code 两千四百五}), formal ({@code 壹佰伍拾}), mixed
 * ({@code 6.75億}, {@code 3千5百万}, {@code 1.2万亿}), bare scales ({@code 千}, {@code 萬億}),
 * digit-by-digit numerals ({@code 一一七一點七億}), decimals after a unit ({@code 两千万点五}),
 * signs ({@code 负五}, {@code -5}), {@code 多/余/几} read as the round number before it
 * ({@code 十余万} = 100000; the recogniser keeps the "more than"), fractions ({@code 三分之一},
 * {@code 三又四分之一}; a fraction that does not end is rounded to 15 significant digits, a
 * double's precision) and {@code 半}. Traditional and full-width input is folded first; spaces
 * next to a Chinese numeral char are ignored. Anything else, or anything longer than the
 * lexicon's caps, is empty; it never throws on text.
 */
public final class ChineseNumberParser implements NumberParser {
    private static final MathContext DOUBLE = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final MathContext WIDE = new MathContext(20, RoundingMode.HALF_EVEN);

    private final ScriptFolder folder;
    private final ChineseGrammarWords.Numerals numerals;
    private final NumeralGrammar grammar;
    private final PhraseTable<Boolean> roundSuffixes;

    public ChineseNumberParser(ScriptFolder folder, ChineseGrammarWords lexicon) {
        this.folder = folder;
        this.numerals = lexicon.numerals();
        this.roundSuffixes = lexicon.moreSuffixes();
        this.grammar = new NumeralGrammar(numerals);
    }

    @Override
    public Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = folder.fold(text.strip()).text();
        if (s.length() > numerals.maxLength()) {
            return Optional.empty();
        }
        Optional<BigDecimal> digits = digitForm(s);
        return digits.isPresent() ? digits : parseFolded(withoutSpaces(formal(s)));
    }

    /** A fraction or scientific notation written in digits ({@link DigitNumerals}), with a sign. */
    private Optional<BigDecimal> digitForm(String s) {
        boolean negative = !s.isEmpty() && numerals.negativeSigns().contains(s.charAt(0));
        return DigitNumerals.parse(negative ? s.substring(1) : s).map(v -> negative ? v.negate() : v);
    }

    /** Parses text that is already folded (Simplified, half-width). */
    public Optional<BigDecimal> parseFolded(String s) {
        if (s.isEmpty() || s.length() > numerals.maxLength()) {
            return Optional.empty();
        }
        BigDecimal v = fraction(s);
        if (v == null || v.setScale(0, RoundingMode.DOWN).precision() > numerals.maxIntegerDigits()) {
            return Optional.empty();
        }
        v = v.stripTrailingZeros();
        return Optional.of(v.scale() < 0 ? v.setScale(0) : v);
    }

    /** {@code [W又]A分之B} = W + B/A, else a signed number. */
    private BigDecimal fraction(String s) {
        int of = s.indexOf(numerals.fractionWord());
        if (of < 0) {
            return signed(s);
        }
        String den = s.substring(0, of);
        BigDecimal whole = null;
        int mixed = den.indexOf(numerals.mixedWord());
        if (mixed >= 0) {
            whole = signed(den.substring(0, mixed));
            den = den.substring(mixed + numerals.mixedWord().length());
            if (whole == null) {
                return null;
            }
        }
        if (den.isEmpty() || isScaleChar(den.charAt(0))) {
            return null; // 百分之十五, 千分之三: a percent or per mille, read by the recogniser
        }
        BigDecimal a = signed(den);
        BigDecimal b = signed(s.substring(of + numerals.fractionWord().length()));
        if (a == null || b == null || a.signum() == 0) {
            return null;
        }
        BigDecimal q;
        boolean exact = true;
        try {
            q = b.divide(a);
        } catch (ArithmeticException nonTerminating) {
            q = b.divide(a, WIDE);
            exact = false;
        }
        if (whole != null) {
            q = whole.signum() < 0 ? whole.subtract(q) : whole.add(q);
        }
        return exact ? q : q.round(DOUBLE);
    }

    /** A number with an optional leading minus ({@code 负}, {@code -}). */
    private BigDecimal signed(String s) {
        if (!s.isEmpty() && numerals.negativeSigns().contains(s.charAt(0))) {
            BigDecimal v = unsigned(s.substring(1));
            return v == null ? null : v.negate();
        }
        return unsigned(s);
    }

    /** A plain numeral, optionally with {@code 多/余/几} before its last scales or a decimal after a unit. */
    private BigDecimal unsigned(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.equals(numerals.half())) {
            return new BigDecimal("0.5");
        }
        for (int k = 0; k < s.length(); k++) {
            if (roundSuffixes.contains(String.valueOf(s.charAt(k)))) {
                return roundBefore(s.substring(0, k), s.substring(k + 1));
            }
        }
        if (s.startsWith(numerals.half()) && s.length() == 2 && numerals.units().containsKey(s.charAt(1))) {
            return BigDecimal.valueOf(numerals.units().get(s.charAt(1))).divide(BigDecimal.valueOf(2)); // 半百
        }
        int point = chinesePoint(s);
        if (point > 0 && point + 1 < s.length() && hasScaleChar(s, point)) {
            BigDecimal whole = grammar.value(s.substring(0, point)); // 两千三点一 = 2300.1
            BigDecimal decimals = decimals(s, point + 1);
            if (whole != null && decimals != null) {
                return whole.add(decimals);
            }
        }
        return grammar.value(s);
    }

    /** The last Chinese decimal point ({@code 点}, not {@code .}) in {@code s}, or -1. */
    private int chinesePoint(String s) {
        for (int k = s.length() - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (c != '.' && numerals.decimalPoints().contains(c)) {
                return k;
            }
        }
        return -1;
    }

    /** {@code 五五四四} after a decimal point as 0.5544, or null if not all Chinese digits. */
    private BigDecimal decimals(String s, int from) {
        StringBuilder sb = new StringBuilder("0.");
        for (int k = from; k < s.length(); k++) {
            Integer d = numerals.digits().get(s.charAt(k));
            if (d == null) {
                return null;
            }
            sb.append((char) ('0' + d));
        }
        return new BigDecimal(sb.toString());
    }

    /** {@code 十余万} = 十 × 万: the number before the suffix times the scales after it. */
    private BigDecimal roundBefore(String head, String scales) {
        while (head.length() > 1 && numerals.digits().getOrDefault(head.charAt(head.length() - 1), -1) == 0) {
            head = head.substring(0, head.length() - 1); // 一百零几万
        }
        BigDecimal v = head.isEmpty() ? null : grammar.value(head);
        for (int k = 0; v != null && k < scales.length(); k++) {
            char c = scales.charAt(k);
            if (!isScaleChar(c)) {
                return null;
            }
            v = v.multiply(numerals.units().containsKey(c) ? BigDecimal.valueOf(numerals.units().get(c)) : numerals.sections().get(c));
        }
        return v;
    }

    private boolean hasScaleChar(String s, int end) {
        for (int k = 0; k < end; k++) {
            if (isScaleChar(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isScaleChar(char c) {
        return numerals.units().containsKey(c) || numerals.sections().containsKey(c);
    }

    /** Formal numerals ({@code 壹贰叁}, {@code 拾佰仟}) as their everyday chars. */
    private String formal(String s) {
        char[] out = s.toCharArray();
        for (int k = 0; k < out.length; k++) {
            out[k] = numerals.formal().getOrDefault(out[k], out[k]);
        }
        return new String(out);
    }

    /** Drops spaces next to a Chinese numeral char ({@code 7 万5 千}); spaces between Arabic digits stay. */
    private String withoutSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
                continue;
            }
            int next = k;
            while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
                next++;
            }
            boolean asciiBefore = sb.length() > 0 && sb.charAt(sb.length() - 1) < 128;
            boolean asciiAfter = next < s.length() && s.charAt(next) < 128;
            if (asciiBefore && asciiAfter) {
                sb.append(' ');
            }
            k = next - 1;
        }
        return sb.toString();
    }
}
