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

/**
 * Reads one whole English numeral: digits ({@code 63,000}, {@code 50.9}), words ({@code twenty-five},
 * {@code one hundred and five}, {@code a dozen}) and scale words ({@code 1.2 million}, {@code 3.5bn},
 * {@code two billion}), exactly, with {@link BigDecimal}. Input longer than {@value #MAX_LENGTH}
 * characters, more than 15 integer digits or a value of 10^18 and above is not a numeral. Stateless.
 */
public final class EnglishNumberParser implements NumberParser {

    static final int MAX_LENGTH = 120;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
    /** Digits: plain (no leading zero) or with thousands commas, optional decimals, optional attached scale. */
    static final Pattern DIGITS = Pattern.compile(
            "((?:0|[1-9]\\d{0,14}|[1-9]\\d{0,2}(?:,\\d{3}){1,4})(?:\\.\\d{1,10})?)([a-z]{1,3})?");
    private static final Pattern WORD = Pattern.compile("[a-z]+(?:-[a-z]+)?");

    private enum Kind { DIGITS, UNIT, TEN, HUNDRED, DOZEN, SCALE, AND, INDEFINITE }

    private record Item(Kind kind, BigDecimal value, boolean attached) {}

    private final Map<String, BigDecimal> units;
    private final Map<String, BigDecimal> tens;
    private final Set<String> hundreds;
    private final Set<String> dozens;
    private final Map<String, BigDecimal> scales;
    private final Set<String> afterDigitsOnly;
    private final Set<String> indefinite;

    public EnglishNumberParser(EnglishLexicon lexicon) {
        EnglishLexicon.Numbers n = lexicon.numbers();
        this.units = Map.copyOf(n.units());
        this.tens = Map.copyOf(n.tens());
        this.hundreds = Set.copyOf(n.hundreds());
        this.dozens = Set.copyOf(n.dozens());
        this.scales = Map.copyOf(n.scales());
        this.afterDigitsOnly = Set.copyOf(n.afterDigitsOnly());
        this.indefinite = Set.copyOf(n.indefinite());
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
        List<Item> items = lex(text.strip().toLowerCase(Locale.ROOT));
        if (items == null || items.isEmpty()) {
            return Optional.empty();
        }
        return evaluate(items).filter(v -> v.compareTo(LIMIT) < 0);
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
                for (String part : token.split("-")) {
                    Item item = word(part, token.contains("-"));
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
        if (w.equals("and")) {
            return new Item(Kind.AND, null, false);
        }
        if (indefinite.contains(w)) {
            return new Item(Kind.INDEFINITE, BigDecimal.ONE, false);
        }
        return null;
    }

    /** Left-to-right evaluation of {@code (small (hundred)? ...) scale} groups with strictly falling scales. */
    private static Optional<BigDecimal> evaluate(List<Item> items) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = null;
        BigDecimal lastScale = null;
        Kind previous = null;
        boolean digits = false;
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
                    if (i != 0) {
                        return Optional.empty();
                    }
                    digits = true;
                    current = it.value();
                }
                case UNIT, TEN -> {
                    if (digits) {
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
                    if (current == null || current.compareTo(BigDecimal.valueOf(100)) >= 0
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
                    if (current == null || (it.attached() && previous != Kind.DIGITS)
                            || (lastScale != null && it.value().compareTo(lastScale) >= 0)) {
                        return Optional.empty();
                    }
                    total = total.add(current.multiply(it.value()));
                    current = null;
                    lastScale = it.value();
                }
                case AND -> {
                    if ((previous != Kind.HUNDRED && previous != Kind.SCALE)
                            || (next != Kind.UNIT && next != Kind.TEN) || digits) {
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
