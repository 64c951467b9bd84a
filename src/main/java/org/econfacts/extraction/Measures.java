package org.econfacts.extraction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;
import org.econfacts.normalization.CurrencyUnit;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Quantity;
import org.econfacts.normalization.PercentUnit;

/**
 * The lookup tables of a language's {@link MeasureWords}, the one place every recogniser reads what a
 * number measures: percent words, currencies before and after the amount, scaled currencies and
 * physical units, looked up longest-first over {@link Units}. {@link #percentAfter},
 * {@link #scaledCurrencyAfter}, {@link #currencyAfter} and {@link #unitAfter} read the word right after a
 * number into its value, the same way for every language; {@link FigureReadings} tries them (and the
 * currencies before a number) in the order a language's {@code figures.yaml} gives. A word listed twice
 * in one table is an error. Immutable.
 */
public final class Measures {

    /** A number's value read with the word at units {@code [.., end)}, as written ({@code word}). */
    public record Measured(FigureValue value, int end, String word) {}

    private final PhraseTable<PercentUnit> percent;
    private final PhraseTable<String> before;
    private final PhraseTable<String> after;
    private final PhraseTable<CurrencyUnit> scaled;
    private final PhraseTable<CurrencyUnit> scaledBefore;
    private final PhraseTable<String> units;
    private final Map<String, String> ambiguous;
    private final PhraseTable<String> context;
    private final List<InContext> inContext;

    /** A {@link MeasureWords.UnitInContext} as tables. */
    private record InContext(String unit, PhraseTable<Boolean> words, List<String> context, PhraseTable<Boolean> notBefore,
            PhraseTable<Boolean> notAfter) {}

    /** @param spaced whether phrases are words matched lower-cased (English) or characters as written (Chinese) */
    public Measures(MeasureWords words, boolean spaced) {
        MeasureWords.Currencies c = words.currencies();
        this.percent = table(index(words.percent(), k -> k, "percent"), spaced);
        this.before = table(index(c.before(), k -> k, "currencies.before"), spaced);
        this.after = table(index(c.after(), k -> k, "currencies.after"), spaced);
        this.scaled = table(scaled(c.scaled(), "currencies.scaled"), spaced);
        this.scaledBefore = table(scaled(c.scaledBefore(), "currencies.scaledBefore"), spaced);
        this.units = table(index(words.units(), k -> k, "units"), spaced);
        Map<String, String> signs = new HashMap<>();
        c.ambiguous().forEach((sign, code) -> signs.put(spaced ? sign.toLowerCase(Locale.ROOT) : sign, code));
        this.ambiguous = Map.copyOf(signs);
        this.context = table(index(c.context(), k -> k, "currencies.context"), spaced);
        this.inContext = words.unitsInContext().stream().map(u -> new InContext(u.unit(), PhraseTable.of(u.words(), spaced),
                u.context(), PhraseTable.of(u.notBefore(), spaced), PhraseTable.of(u.notAfter(), spaced))).toList();
    }

    /** The percentage a percent word right after the number (at unit {@code at}) makes of it: "5 percent", {@code 5%}. */
    public Optional<Measured> percentAfter(Units sentence, int at, BigDecimal number) {
        return percent.at(sentence, at).map(h -> new Measured(h.value().of(number), h.end(), h.word()));
    }

    /**
     * The amount a word right after the number (at unit {@code at}) makes of it, trying a scaled currency
     * ("75 cents"), a currency ("5 dollars", {@code 5美元}) and a unit ("40 tonnes", {@code 40吨}) in that
     * order.
     */
    public Optional<Measured> amountAfter(Units sentence, int at, BigDecimal number) {
        return scaledCurrencyAfter(sentence, at, number).or(() -> currencyAfter(sentence, at, number))
                .or(() -> unitAfter(sentence, at, number));
    }

    /** A fraction or multiple of a currency right after the number: "75 cents". */
    public Optional<Measured> scaledCurrencyAfter(Units sentence, int at, BigDecimal number) {
        return scaled.at(sentence, at).map(h -> new Measured(h.value().of(number), h.end(), h.word()));
    }

    /**
     * A currency right after the number: "5 dollars", {@code 5美元}. A currency sign right before another
     * number is that number's ("10 $30" is $30).
     */
    public Optional<Measured> currencyAfter(Units sentence, int at, BigDecimal number) {
        return after.at(sentence, at)
                .filter(h -> Character.isLetter(sentence.joined(at, at + 1).charAt(0)) || h.end() >= sentence.size()
                        || !Character.isDigit(sentence.joined(h.end(), h.end() + 1).charAt(0)))
                .map(h -> new Measured(new Money(number, h.value()), h.end(), h.word()));
    }

    /** A physical unit right after the number: "40 tonnes", {@code 40吨}. */
    public Optional<Measured> unitAfter(Units sentence, int at, BigDecimal number) {
        return units.at(sentence, at).map(h -> new Measured(new Quantity(number, h.value()), h.end(), h.word()));
    }

    /**
     * A unit of {@code unitsInContext} right after the number (units {@code [from, at)}), when a context word
     * stands before the number in the sentence, no {@code notBefore} word or digit follows and no
     * {@code notAfter} word precedes: {@code 上证综指下跌25.3点}, not {@code 恒指上午10点开盘}.
     */
    public Optional<Measured> unitInContext(Units sentence, int from, int at, BigDecimal number) {
        for (InContext u : inContext) {
            var hit = u.words().at(sentence, at);
            if (hit.isEmpty()) {
                continue;
            }
            int end = hit.get().end();
            boolean blocked = end < sentence.size() && (u.notBefore().at(sentence, end).isPresent()
                    || Character.isDigit(sentence.joined(end, end + 1).charAt(0)))
                    || from > 0 && u.notAfter().endingAt(sentence, from).isPresent();
            String before = from > 0 ? sentence.joined(0, from) : "";
            if (!blocked && u.context().stream().anyMatch(before::contains)) {
                return Optional.of(new Measured(new Quantity(number, u.unit()), end, hit.get().word()));
            }
        }
        return Optional.empty();
    }

    /** Percent words after a number ({@code %}, "basis points", {@code 个百分点}). */
    public PhraseTable<PercentUnit> percent() {
        return percent;
    }

    /** Currencies written before the amount, by ISO code. */
    public PhraseTable<String> before() {
        return before;
    }

    /** Currencies written after the amount, by ISO code. */
    public PhraseTable<String> after() {
        return after;
    }

    /** Fractions and multiples of a currency written after the amount ("cents"). */
    public PhraseTable<CurrencyUnit> scaled() {
        return scaled;
    }

    /** Multiples of a currency written before the amount ("MAUD"). */
    public PhraseTable<CurrencyUnit> scaledBefore() {
        return scaledBefore;
    }

    /** Physical units after the number, by the unit stored. */
    public PhraseTable<String> units() {
        return units;
    }

    /** Whether {@code sign} is written for several currencies ("¥"). */
    public boolean isAmbiguous(String sign) {
        return ambiguous.containsKey(sign);
    }

    /**
     * The currency an ambiguous {@code sign} means in a sentence: the one whose context word is one of
     * {@code words} (a sentence's words, or the parts of its hyphenated words), else its default.
     */
    public String currencyOf(String sign, Iterable<String> words) {
        for (String w : words) {
            var code = context.get(w);
            if (code.isPresent()) {
                return code.get();
            }
        }
        return ambiguous.get(sign);
    }

    /**
     * Every single word of the percent words, the currencies after the amount (plain and scaled) and the
     * units: the words that belong to a figure rather than to what it measures ("mln bags", "dlrs").
     */
    public static Set<String> figureWords(MeasureWords words) {
        Set<String> out = new HashSet<>();
        words.percent().values().forEach(l -> addWords(out, l));
        words.units().values().forEach(l -> addWords(out, l));
        words.currencies().after().values().forEach(l -> addWords(out, l));
        words.currencies().scaled().values().forEach(m -> m.values().forEach(l -> addWords(out, l)));
        return out;
    }

    /** The single words of the percent words ("percentage points" → percentage, points). */
    public static Set<String> percentWords(MeasureWords words) {
        Set<String> out = new HashSet<>();
        words.percent().values().forEach(l -> addWords(out, l));
        return out;
    }

    private static void addWords(Set<String> out, List<String> phrases) {
        phrases.forEach(p -> out.addAll(List.of(p.toLowerCase(Locale.ROOT).split("\\s+"))));
    }

    private static <K, V> Map<String, V> index(Map<K, List<String>> groups, Function<K, V> value, String field) {
        Map<String, V> out = new HashMap<>();
        groups.forEach((k, list) -> {
            MeasureWords.require(list != null && !list.isEmpty(), field + "." + k + ": expected a non-empty list of words");
            V v = value.apply(k);
            list.forEach(w -> MeasureWords.require(w != null && !w.isBlank() && out.put(w, v) == null,
                    field + ": '" + w + "' is blank or listed twice"));
        });
        return out;
    }

    private static Map<String, CurrencyUnit> scaled(Map<String, Map<BigDecimal, List<String>>> byCode, String field) {
        Map<String, CurrencyUnit> out = new HashMap<>();
        byCode.forEach((code, byFactor) -> index(byFactor, f -> new CurrencyUnit(code, f), field + "." + code)
                .forEach((w, unit) -> MeasureWords.require(out.put(w, unit) == null, field + ": '" + w + "' listed twice")));
        return out;
    }

    private static <V> PhraseTable<V> table(Map<String, V> entries, boolean spaced) {
        return PhraseTable.of(entries, spaced);
    }
}
