package org.econfacts.normalization;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-text digit numerals that no language's numeral grammar needs to know, the same in every
 * language: {@code .08}, thousands grouped by spaces ({@code 1 234 567.89}), slash fractions
 * ({@code 3/4}, {@code 2 1/4}), vulgar fractions ({@code ¾}, {@code 2½}) and scientific notation
 * ({@code 1.3e6}, {@code 2E5}, {@code 6.23x10^-4}). The number parsers read them on a whole text
 * (half-width: Chinese text is folded first), never to grow a span in a sentence, so "1 234" in running
 * text stays two tokens. Exact only: {@code 1/3} is not a number. Bounded patterns and exponents;
 * stateless.
 */
public final class DigitNumerals {

    private static final Pattern LEADING_DOT = Pattern.compile("\\.(\\d{1,10})");
    private static final Pattern SPACED = Pattern.compile("[1-9]\\d{0,2}(?: \\d{3}){1,4}(?:\\.\\d{1,10})?");
    private static final Pattern SLASH = Pattern.compile("(?:([1-9]\\d{0,5}) )?(\\d{1,6})/([1-9]\\d{0,5})");
    private static final Pattern VULGAR = Pattern.compile("([1-9]\\d{0,5})? ?([½¼¾⅛⅜⅝⅞⅕⅖⅗⅘⅒])");
    private static final Pattern SCIENTIFIC = Pattern.compile(
            "((?:0|[1-9]\\d{0,14})(?:\\.\\d{1,10})?)(?:e|x10\\^|×10\\^)([+-]?\\d{1,2})");
    private static final Map<Character, String> VULGARS = Map.ofEntries(
            Map.entry('½', "0.5"), Map.entry('¼', "0.25"), Map.entry('¾', "0.75"), Map.entry('⅛', "0.125"),
            Map.entry('⅜', "0.375"), Map.entry('⅝', "0.625"), Map.entry('⅞', "0.875"), Map.entry('⅕', "0.2"),
            Map.entry('⅖', "0.4"), Map.entry('⅗', "0.6"), Map.entry('⅘', "0.8"), Map.entry('⅒', "0.1"));

    private DigitNumerals() {}

    /** The value of a whole space-normalised text in one of these forms, or empty. */
    public static Optional<BigDecimal> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = LEADING_DOT.matcher(t);
        if (m.matches()) {
            return Optional.of(new BigDecimal("0." + m.group(1)));
        }
        if (SPACED.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.replace(" ", "")));
        }
        m = SLASH.matcher(t);
        if (m.matches()) {
            BigDecimal whole = m.group(1) == null ? BigDecimal.ZERO : new BigDecimal(m.group(1));
            BigDecimal numerator = new BigDecimal(m.group(2));
            if (m.group(1) != null && numerator.compareTo(new BigDecimal(m.group(3))) >= 0) {
                return Optional.empty(); // "2 5/4" is no mixed fraction
            }
            return exactRatio(numerator, new BigDecimal(m.group(3))).map(whole::add);
        }
        m = VULGAR.matcher(t);
        if (m.matches()) {
            BigDecimal whole = m.group(1) == null ? BigDecimal.ZERO : new BigDecimal(m.group(1));
            return Optional.of(whole.add(new BigDecimal(VULGARS.get(m.group(2).charAt(0)))));
        }
        m = SCIENTIFIC.matcher(t);
        if (m.matches()) {
            return Optional.of(new BigDecimal(m.group(1)).scaleByPowerOfTen(Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    /** {@code a / b} when it has a finite decimal expansion, else empty. */
    public static Optional<BigDecimal> exactRatio(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(a.divide(b));
        } catch (ArithmeticException e) {
            return Optional.empty(); // 1/3: no exact decimal
        }
    }
}
