package org.econfacts.extraction.lang.en;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.extraction.NumberParser;
import org.econfacts.normalization.DigitNumerals;

/**
 * Reads one whole English numeral: digits ({@code 63,000}, {@code 50.9}), words ({@code twenty-five},
 * {@code one hundred and five}, {@code a dozen}) and scale words ({@code 1.2 million}, {@code 3.5bn},
 * {@code two billion}), exactly, with {@link BigDecimal}. Input longer than {@value #MAX_LENGTH}
 * characters, more than 15 integer digits or a value of 10^18 and above is not a numeral. Stateless.
 */
public final class EnglishNumberParser implements NumberParser {

    static final int MAX_LENGTH = 120;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
    /**
     * Digits: plain (no leading zero), with thousands commas or in Indian lakh grouping ("12,34,567.89"),
     * optional decimals, optional attached scale.
     */
    static final Pattern DIGITS = Pattern.compile(
            "((?:0|[1-9]\\d{0,14}|[1-9]\\d{0,2}(?:,\\d{3}){1,4}|[1-9]\\d?(?:,\\d{2}){1,5},\\d{3})(?:\\.\\d{1,10})?)([a-z]{1,3})?");
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)?");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "fifty - two", "one - fourth": a spaced hyphen between words is a hyphen. */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=[a-z]) ?- ?(?=[a-z])");
    private static final Pattern MINUS = Pattern.compile("[-−] ?(?=[\\d.])");

    private enum Kind { DIGITS, UNIT, TEN, HUNDRED, DOZEN, SCALE, AND, INDEFINITE, FRACTION }

    private static final Set<Kind> MULTIPLIERS = Set.of(Kind.SCALE, Kind.HUNDRED, Kind.DOZEN);

    /** A lexed word; {@code attached} for a scale glued to digits, reused as "may stand bare" for a denominator. */
    private record Item(Kind kind, BigDecimal value, boolean attached) {
        boolean bare() {
            return attached;
        }
    }

    private final Map<String, BigDecimal> units;
    private final Map<String, BigDecimal> tens;
    private final Set<String> hundreds;
    private final Set<String> dozens;
    private final Map<String, BigDecimal> scales;
    private final Set<String> afterDigitsOnly;
    private final Set<String> indefinite;
    private final Map<String, BigDecimal> denominators;
    private final Set<String> bareDenominators;
    private final Set<String> signs;
    private final String point;
    private final List<String> ratios;
    private final String and;
    /** "a quarter of a million" reads as "a quarter a million". */
    private final Pattern ofIndefinite;
    private final String indefiniteWord;
    private final Set<String> cueWords;

    public EnglishNumberParser(EnglishGrammarWords lexicon) {
        EnglishGrammarWords.Numbers n = lexicon.numbers();
        this.units = Map.copyOf(n.units());
        this.tens = Map.copyOf(n.tens());
        this.hundreds = Set.copyOf(n.hundreds());
        this.dozens = Set.copyOf(n.dozens());
        this.scales = Map.copyOf(n.scales());
        this.afterDigitsOnly = Set.copyOf(n.afterDigitsOnly());
        this.indefinite = Set.copyOf(n.indefinite());
        this.denominators = Map.copyOf(n.denominators());
        this.bareDenominators = Set.copyOf(n.bareDenominators());
        this.signs = Set.copyOf(n.signs());
        this.point = " " + n.pointWord() + " ";
        this.ratios = n.ratioWords().stream().map(w -> " " + w + " ").toList();
        this.and = n.andWord();
        this.ofIndefinite = Pattern.compile(" " + Pattern.quote(n.ofWord()) + " (?:"
                + n.indefinite().stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ") (?=[a-z]+$)");
        this.indefiniteWord = " " + n.indefinite().get(0) + " ";
        Set<String> cue = new java.util.HashSet<>(units.keySet());
        cue.addAll(tens.keySet());
        cue.addAll(hundreds);
        cue.addAll(dozens);
        cue.addAll(scales.keySet());
        cue.addAll(denominators.keySet());
        cue.addAll(bareDenominators);
        lexicon.fractions().keySet().forEach(f -> cue.addAll(List.of(f.split("[\\s-]+"))));
        cue.removeAll(indefinite); // "a" and "an" alone say nothing of a number
        cue.removeIf(w -> w.length() < 2);
        this.cueWords = Set.copyOf(cue);
    }

    /** Every number word, scale and fraction word of the grammar, less the indefinite articles. */
    @Override
    public Set<String> numeralWords() {
        return cueWords;
    }

    /** Whether a single token can be part of a numeral (used by the recognizer to grow a phrase). */
    boolean isNumeralWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(w).matches()) {
            return true;
        }
        if (units.containsKey(w) || tens.containsKey(w) || hundreds.contains(w) || dozens.contains(w)
                || scales.containsKey(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && tens.containsKey(w.substring(0, dash)) && units.containsKey(w.substring(dash + 1));
    }

    /** "quarter", "halves", "thirds": a word fraction's denominator. */
    boolean isFractionWord(String word) {
        return denominators.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** "half", "quarter": a denominator that may stand without a numerator before a scale ("half million"). */
    boolean isBareDenominator(String word) {
        return bareDenominators.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isScaleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return scales.containsKey(w) || hundreds.contains(w) || dozens.contains(w);
    }

    boolean isIndefinite(String word) {
        return indefinite.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String t = SPACED_HYPHEN.matcher(SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll("-");
        boolean negative = false;
        Matcher minus = MINUS.matcher(t);
        int space = t.indexOf(' ');
        if (minus.lookingAt()) {
            negative = true;
            t = t.substring(minus.end());
        } else if (space > 0 && signs.contains(t.substring(0, space))) {
            negative = true;
            t = t.substring(space + 1);
        }
        Optional<BigDecimal> value = unsigned(t).filter(v -> v.compareTo(LIMIT) < 0);
        return negative ? value.map(BigDecimal::negate) : value;
    }

    /** A numeral without sign: digit forms, "X point Y", "X over Y", or words, digits and scale words. */
    private Optional<BigDecimal> unsigned(String t) {
        Optional<BigDecimal> digits = DigitNumerals.parse(t);
        if (digits.isPresent()) {
            return digits;
        }
        int p = t.indexOf(point);
        if (p > 0) {
            return decimal(t.substring(0, p), t.substring(p + point.length()));
        }
        for (String ratio : ratios) {
            int at = t.indexOf(ratio);
            if (at > 0) {
                Optional<BigDecimal> a = integer(t.substring(0, at));
                Optional<BigDecimal> b = integer(t.substring(at + ratio.length()));
                return a.isPresent() && b.isPresent() ? DigitNumerals.exactRatio(a.get(), b.get()) : Optional.empty();
            }
        }
        List<Item> items = lex(ofIndefinite.matcher(t).replaceFirst(indefiniteWord));
        if (items == null || items.isEmpty()) {
            return Optional.empty();
        }
        return items.stream().anyMatch(i -> i.kind() == Kind.FRACTION) ? fraction(items) : evaluate(items);
    }

    private Optional<BigDecimal> integer(String t) {
        List<Item> items = lex(t);
        if (items == null || items.isEmpty() || items.stream().anyMatch(i -> i.kind() == Kind.FRACTION)) {
            return Optional.empty();
        }
        return evaluate(items).filter(v -> v.signum() > 0 && v.stripTrailingZeros().scale() <= 0);
    }

    /** "two hundred point zero three" (digit by digit) or "five point seventy-one" (a number as digits). */
    private Optional<BigDecimal> decimal(String whole, String fraction) {
        Optional<BigDecimal> w = units.containsKey(whole) && units.get(whole).signum() == 0 // "zero point five"
                ? Optional.of(BigDecimal.ZERO) : integer(whole);
        if (w.isEmpty() || fraction.length() > 60) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        for (String word : fraction.split(" ")) {
            BigDecimal d = units.get(word);
            if (d == null || d.compareTo(BigDecimal.TEN) >= 0) {
                digits.setLength(0);
                break;
            }
            digits.append(d.toPlainString());
        }
        if (digits.length() == 0) {
            Optional<BigDecimal> f = integer(fraction);
            if (f.isEmpty()) {
                return Optional.empty();
            }
            digits.append(f.get().toBigInteger());
        }
        return Optional.of(new BigDecimal(w.get().toBigInteger() + "." + digits));
    }

    /**
     * Word fractions: "three quarters", "a fifth", "twenty and three fifths" (a proper fraction after
     * "and" is added), "one hundred and thirty-two fifths" (else the whole head is the numerator),
     * "3 million and a half" (half of the last scale), "half a million", "five and a half million".
     */
    private Optional<BigDecimal> fraction(List<Item> items) {
        int f = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).kind() == Kind.FRACTION) {
                if (f >= 0) {
                    return Optional.empty();
                }
                f = k;
            }
        }
        List<Item> tail = items.subList(f + 1, items.size());
        if (!tail.isEmpty() && tail.get(0).kind() == Kind.INDEFINITE) {
            tail = tail.subList(1, tail.size()); // "half a million"
            if (tail.isEmpty()) {
                return Optional.empty();
            }
        }
        BigDecimal scale = BigDecimal.ONE;
        if (tail.size() == 1 && MULTIPLIERS.contains(tail.get(0).kind()) && !tail.get(0).attached()) {
            scale = tail.get(0).value();
        } else if (!tail.isEmpty()) {
            return Optional.empty();
        }
        Item den = items.get(f);
        List<Item> head = items.subList(0, f);
        if (head.isEmpty()) {
            return den.bare() && (scale.compareTo(BigDecimal.ONE) > 0 || den.value().intValue() == 2)
                    ? DigitNumerals.exactRatio(scale, den.value()) : Optional.empty();
        }
        int and = -1;
        for (int k = head.size() - 1; k > 0 && and < 0; k--) {
            if (head.get(k).kind() == Kind.AND) {
                and = k;
            }
        }
        if (and > 0) {
            Optional<BigDecimal> num = numerator(head.subList(and + 1, head.size()));
            Optional<BigDecimal> whole = evaluate(head.subList(0, and));
            if (num.isPresent() && whole.isPresent() && num.get().compareTo(den.value()) < 0) {
                Optional<BigDecimal> part = DigitNumerals.exactRatio(num.get(), den.value());
                Item last = head.get(and - 1);
                if (part.isEmpty()) {
                    return part;
                }
                if (last.kind() == Kind.SCALE && scale.equals(BigDecimal.ONE)) {
                    return Optional.of(whole.get().add(part.get().multiply(last.value()))); // "3 million and a half"
                }
                boolean scaled = head.subList(0, and).stream().anyMatch(i -> i.kind() == Kind.SCALE);
                return Optional.of(scaled ? whole.get().add(part.get().multiply(scale))
                        : whole.get().add(part.get()).multiply(scale));
            }
        }
        Optional<BigDecimal> num = numerator(head);
        return num.isEmpty() ? num : DigitNumerals.exactRatio(num.get().multiply(scale), den.value());
    }

    /** A fraction's numerator: "a", "an" or a whole number. */
    private Optional<BigDecimal> numerator(List<Item> head) {
        if (head.size() == 1 && head.get(0).kind() == Kind.INDEFINITE) {
            return Optional.of(BigDecimal.ONE);
        }
        return evaluate(head).filter(v -> v.signum() > 0 && v.stripTrailingZeros().scale() <= 0);
    }

    /** Splits into items; null when a word is not part of an English numeral. */
    private List<Item> lex(String text) {
        List<Item> items = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            Matcher d = DIGITS.matcher(token);
            if (d.matches()) {
                items.add(new Item(Kind.DIGITS, new BigDecimal(d.group(1).replace(",", "")), false));
                if (d.group(2) != null) {
                    BigDecimal scale = scales.get(d.group(2));
                    if (scale == null) {
                        return null;
                    }
                    items.add(new Item(Kind.SCALE, scale, true));
                }
            } else if (WORD.matcher(token).matches()) {
                String[] parts = token.split("-");
                if (parts.length == 2 && denominators.containsKey(parts[1])) {
                    // "one-eighth", "three-quarters"; "twenty-fifth" is an ordinal
                    if (!units.containsKey(parts[0])) {
                        return null;
                    }
                    items.add(new Item(Kind.UNIT, units.get(parts[0]), false));
                    items.add(word(parts[1], false));
                    continue;
                }
                for (String part : parts) {
                    Item item = word(part, parts.length > 1);
                    if (item == null) {
                        return null;
                    }
                    items.add(item);
                }
            } else {
                return null;
            }
        }
        return items;
    }

    private Item word(String w, boolean hyphenated) {
        if (units.containsKey(w)) {
            return new Item(Kind.UNIT, units.get(w), false);
        }
        if (tens.containsKey(w)) {
            return new Item(Kind.TEN, tens.get(w), false);
        }
        if (hyphenated) {
            return null; // only "twenty-five" style words are hyphenated
        }
        if (hundreds.contains(w)) {
            return new Item(Kind.HUNDRED, BigDecimal.valueOf(100), false);
        }
        if (dozens.contains(w)) {
            return new Item(Kind.DOZEN, BigDecimal.valueOf(12), false);
        }
        if (scales.containsKey(w)) {
            return new Item(Kind.SCALE, scales.get(w), afterDigitsOnly.contains(w));
        }
        if (w.equals(and)) {
            return new Item(Kind.AND, null, false);
        }
        if (indefinite.contains(w)) {
            return new Item(Kind.INDEFINITE, BigDecimal.ONE, false);
        }
        if (denominators.containsKey(w)) {
            return new Item(Kind.FRACTION, denominators.get(w), bareDenominators.contains(w));
        }
        return null;
    }

    /** Left-to-right evaluation of {@code (small (hundred)? ...) scale} groups with strictly falling scales. */
    private static Optional<BigDecimal> evaluate(List<Item> items) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = null;
        BigDecimal lastScale = null;
        BigDecimal lastGroup = BigDecimal.ZERO; // what the last scale word made of its group
        Kind previous = null;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Kind next = i + 1 < items.size() ? items.get(i + 1).kind() : null;
            switch (it.kind()) {
                case INDEFINITE -> {
                    if (i != 0 || (next != Kind.HUNDRED && next != Kind.DOZEN && next != Kind.SCALE)
                            || (next == Kind.SCALE && items.get(1).attached())) {
                        return Optional.empty();
                    }
                    current = BigDecimal.ONE;
                }
                case DIGITS -> {
                    boolean whole = it.value().stripTrailingZeros().scale() <= 0;
                    if (i == 0) {
                        current = it.value();
                    } else if (previous == Kind.SCALE && current == null && whole && it.value().compareTo(lastScale) < 0) {
                        current = it.value(); // "4 thousand 3 hundred"
                    } else if (previous == Kind.AND && whole && it.value().compareTo(BigDecimal.valueOf(100)) < 0) {
                        current = current.add(it.value()); // "3 hundred and 21"
                    } else {
                        return Optional.empty();
                    }
                }
                case UNIT, TEN -> {
                    if (previous == Kind.DIGITS) {
                        return Optional.empty();
                    }
                    boolean fresh = current == null;
                    boolean afterTen = previous == Kind.TEN && it.kind() == Kind.UNIT
                            && !BigDecimal.ZERO.equals(it.value());
                    boolean afterHundred = previous == Kind.HUNDRED || previous == Kind.AND;
                    if (!fresh && !afterTen && !afterHundred) {
                        return Optional.empty();
                    }
                    current = fresh ? it.value() : current.add(it.value());
                }
                case HUNDRED -> {
                    boolean leadingDigits = i == 1 && previous == Kind.DIGITS; // "322 hundred"
                    if (current == null || (current.compareTo(BigDecimal.valueOf(100)) >= 0 && !leadingDigits)
                            || previous == Kind.HUNDRED || previous == Kind.DOZEN) {
                        return Optional.empty();
                    }
                    current = current.multiply(it.value());
                }
                case DOZEN -> {
                    if (current == null || previous == Kind.DOZEN || previous == Kind.HUNDRED) {
                        return Optional.empty();
                    }
                    current = current.multiply(it.value());
                }
                case SCALE -> {
                    if (previous == Kind.SCALE && !it.attached() && it.value().compareTo(lastScale) > 0) {
                        // "11.11 lakh crore", "two thousand crore": a larger scale right after a scale multiplies its group
                        total = total.subtract(lastGroup).add(lastGroup.multiply(it.value()));
                        lastGroup = lastGroup.multiply(it.value());
                        lastScale = lastScale.multiply(it.value());
                        break;
                    }
                    if (current == null || (it.attached() && previous != Kind.DIGITS)
                            || (lastScale != null && it.value().compareTo(lastScale) >= 0)) {
                        return Optional.empty();
                    }
                    lastGroup = current.multiply(it.value());
                    total = total.add(lastGroup);
                    current = null;
                    lastScale = it.value();
                }
                case AND -> {
                    if ((previous != Kind.HUNDRED && previous != Kind.SCALE)
                            || (next != Kind.UNIT && next != Kind.TEN && next != Kind.DIGITS)) {
                        return Optional.empty();
                    }
                    if (current == null) {
                        current = BigDecimal.ZERO;
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
            previous = it.kind();
        }
        if (previous == Kind.AND || previous == Kind.INDEFINITE) {
            return Optional.empty();
        }
        return Optional.of(current == null ? total : total.add(current));
    }
}
