package org.econfacts.extraction;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Money;

/**
 * What the words around a number make of it: the ordered, named readings of
 * {@code extraction/<family>/figures.yaml}, tried in turn; the first that applies reads the figure, and
 * the name it is listed under is the fact's {@code rule}. The readings every language shares are here,
 * over the language's {@link Measures} (a percent word, a currency or a unit after the number, a currency
 * before it); a language's grammar adds its own by name (signs, cents, counted nouns, {@code 成}). A
 * reading may also say that the number is no figure at all ({@link #STOP}). Every name listed must exist,
 * and every reading a grammar offers must be listed, so the file is the whole order. Immutable.
 */
public final class FigureReadings<S> {

    /**
     * What a reading sees: the sentence as its grammar reads it ({@code S}: tagged tokens, folded text), its
     * units, the number at units {@code [from, to)} and its value,
     * the unit {@code after} where the word that measures it would start ({@code to}, or further after
     * {@code 多}), the approximation read so far, and the figures read before it in the sentence.
     */
    public record At<S>(S sentence, Units units, int from, int to, int after, BigDecimal value, Approximation approximation,
            List<Reading> earlier) {}

    /** One reading: the figure it makes of the number under {@code rule}, empty when it does not apply. */
    @FunctionalInterface
    public interface Rule<S> {
        Optional<Reading> read(At<S> at, String rule);
    }

    /** A reading that found the number is no figure (an article-like 一, "5个月"): no later reading is tried. */
    public static final Reading STOP = new Reading(null, Approximation.EXACT, -1, -1, -1, "not a figure");

    /** A line of figures.yaml: a reading and the rule name of the figures it makes (its own names when null). */
    record Entry(String reading, String rule) {}

    record File(List<Entry> readings) {}

    private record Named<S>(Rule<S> rule, String name) {}

    private final List<Named<S>> order;

    /**
     * @param family  the language family whose {@code figures.yaml} gives the order
     * @param measures the language's measure words, read by the shared readings
     * @param grammar the readings the language's grammar adds, by name
     */
    public FigureReadings(String family, Measures measures, Map<String, Rule<S>> grammar) {
        String path = "extraction/" + family + "/figures.yaml";
        Map<String, Rule<S>> shared = shared(measures);
        Set<String> clash = new HashSet<>(grammar.keySet());
        clash.retainAll(shared.keySet());
        require(clash.isEmpty(), path + ": the grammar redefines shared readings " + clash);
        Map<String, Rule<S>> all = new HashMap<>(shared);
        all.putAll(grammar);
        List<Entry> entries = YamlResources.read(path, File.class).readings(); // a grammar reading may leave out its rule
        require(entries != null && !entries.isEmpty(), path + ": readings is empty");
        Set<String> listed = new HashSet<>();
        this.order = entries.stream().map(e -> {
            require(all.containsKey(e.reading()), path + ": no reading '" + e.reading() + "'; there are " + all.keySet());
            require(listed.add(e.reading()), path + ": '" + e.reading() + "' is listed twice");
            require(e.rule() != null || grammar.containsKey(e.reading()),
                    path + ": the shared reading '" + e.reading() + "' needs a rule name");
            return new Named<>(all.get(e.reading()), e.rule());
        }).toList();
        Set<String> unlisted = new HashSet<>(grammar.keySet());
        unlisted.removeAll(listed);
        require(unlisted.isEmpty(), path + ": the grammar's readings " + unlisted + " are not listed");
    }

    /** The figure the first applicable reading makes of the number, or empty (none applies, or one said STOP). */
    public Optional<Reading> read(At<S> at) {
        for (Named<S> n : order) {
            Optional<Reading> r = n.rule().read(at, n.name());
            if (r.isPresent()) {
                return r.get() == STOP ? Optional.empty() : r;
            }
        }
        return Optional.empty();
    }

    private static <S> Map<String, Rule<S>> shared(Measures m) {
        Map<String, Rule<S>> out = new HashMap<>();
        out.put("percent-after", (at, rule) -> after(at, m.percentAfter(at.units(), at.after(), at.value()), rule));
        out.put("scaled-currency-after", (at, rule) -> after(at, m.scaledCurrencyAfter(at.units(), at.after(), at.value()), rule));
        out.put("currency-after", (at, rule) -> after(at, m.currencyAfter(at.units(), at.after(), at.value()), rule));
        out.put("unit-after", (at, rule) -> after(at, m.unitAfter(at.units(), at.after(), at.value()), rule));
        out.put("unit-in-context", (at, rule) -> after(at, m.unitInContext(at.units(), at.from(), at.after(), at.value()), rule));
        out.put("currency-before", (at, rule) -> currencyBefore(m, at, rule));
        out.put("scaled-currency-before", (at, rule) -> m.scaledBefore().endingAt(at.units(), at.from())
                .map(h -> reading(at, h.value().of(at.value()), h.start(), at.after(), rule)));
        out.put("ambiguous-sign-before", (at, rule) -> ambiguousSign(m, at, rule));
        return out;
    }

    private static Optional<Reading> after(At<?> at, Optional<Measures.Measured> measured, String rule) {
        return measured.map(x -> reading(at, x.value(), at.from(), x.end(), rule));
    }

    /** "$ 40", {@code 人民币509亿}; not a currency word that ends the figure before ("10 rmb 20 usd"). */
    private static Optional<Reading> currencyBefore(Measures m, At<?> at, String rule) {
        return m.before().endingAt(at.units(), at.from())
                .filter(h -> notTaken(at, h.start()))
                .map(h -> reading(at, new Money(at.value(), h.value()), h.start(), at.after(), rule));
    }

    /** Whether unit {@code start} lies after the figure read before this one: a word there is free for this figure. */
    public static boolean notTaken(At<?> at, int start) {
        return at.earlier().isEmpty() || at.earlier().get(at.earlier().size() - 1).to() <= start;
    }

    /** "¥ 30": the currency the sentence's words say (the parts of hyphenated words too), else the sign's default. */
    private static Optional<Reading> ambiguousSign(Measures m, At<?> at, String rule) {
        if (at.from() == 0) {
            return Optional.empty();
        }
        String sign = at.units().joined(at.from() - 1, at.from());
        if (!m.isAmbiguous(sign)) {
            return Optional.empty();
        }
        Units u = at.units();
        Iterable<String> words = () -> java.util.stream.IntStream.range(0, u.size())
                .mapToObj(k -> u.joined(k, k + 1)).flatMap(w -> Arrays.stream(w.split("-"))).iterator();
        return Optional.of(reading(at, new Money(at.value(), m.currencyOf(sign, words)), at.from() - 1, at.after(), rule));
    }

    private static Reading reading(At<?> at, FigureValue value, int from, int to, String rule) {
        return new Reading(value, at.approximation(), from, to, at.from(), rule);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
