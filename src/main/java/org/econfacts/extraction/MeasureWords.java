package org.econfacts.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.econfacts.normalization.PercentUnit;
import org.econfacts.normalization.QuantityUnits;

/**
 * The {@code measures:} section every language's {@code lexicon.yaml} shares: the words that say what a
 * number measures, read by {@link Measures}. Every entry is written as its language's {@link Units}
 * join words (with spaces, or solid); a language leaves out what it does not write with an empty map.
 *
 * @param percent    percent words after the number, by what they make of it ({@code %}, "percentage points")
 * @param currencies currency words, by ISO 4217 code
 * @param units      physical units after the number, by the unit stored, one of {@link QuantityUnits} ("tonnes", {@code TEU})
 * @param unitsInContext units whose word means something else unless the sentence says what they measure
 */
public record MeasureWords(Map<PercentUnit, List<String>> percent, Currencies currencies, Map<String, List<String>> units,
        List<UnitInContext> unitsInContext) {

    /**
     * A unit written with a word that is something else in most sentences: {@code 点} is an index point
     * only in a sentence that names an index ({@code 上证综指下跌25点}), and a time of day elsewhere
     * ({@code 上午10点}).
     *
     * @param unit      the unit stored, one of {@link QuantityUnits}
     * @param words     its words after the number
     * @param context   one of these written before the number in the sentence makes the word this unit
     * @param notBefore a word right after it that makes it no unit ({@code 10点钟}, {@code 10点半})
     * @param notAfter  a word right before the number that makes it no unit ({@code 上午10点})
     */
    public record UnitInContext(String unit, List<String> words, List<String> context, List<String> notBefore,
            List<String> notAfter) {
        public UnitInContext {
            require(unit != null && QuantityUnits.isKnown(unit), "unitsInContext: '" + unit + "' is not a stored unit name");
            require(words != null && !words.isEmpty() && context != null && !context.isEmpty(),
                    "unitsInContext." + unit + ": words and context are required");
            notBefore = notBefore == null ? List.of() : List.copyOf(notBefore);
            notAfter = notAfter == null ? List.of() : List.copyOf(notAfter);
        }
    }

    /**
     * @param before       written before the amount ("$", "HK$", {@code 人民币})
     * @param after        written after it ("yuan", "dollars", {@code 美元})
     * @param scaled       a fraction or multiple of a currency after the amount, ISO code → factor → words
     *                     ("cents": 0.01 USD)
     * @param scaledBefore the same written before it ("MAUD 60" is 60 million AUD)
     * @param ambiguous    a sign written for several currencies → the one it means by default ("¥": CNY)
     * @param context      the currency an ambiguous sign means when its sentence says one of these words
     */
    public record Currencies(Map<String, List<String>> before, Map<String, List<String>> after,
            Map<String, Map<BigDecimal, List<String>>> scaled, Map<String, Map<BigDecimal, List<String>>> scaledBefore,
            Map<String, String> ambiguous, Map<String, List<String>> context) {

        public Currencies {
            require(before != null && after != null && scaled != null && scaledBefore != null && ambiguous != null
                    && context != null, "currencies: before, after, scaled, scaledBefore, ambiguous and context are all required");
            for (Map<String, ?> byCode : List.of(before, after, scaled, scaledBefore, context)) {
                byCode.keySet().forEach(MeasureWords::requireIso);
            }
            ambiguous.values().forEach(MeasureWords::requireIso);
        }
    }

    public MeasureWords {
        require(percent != null && currencies != null && units != null && unitsInContext != null,
                "percent, currencies, units and unitsInContext are all required");
        unitsInContext = List.copyOf(unitsInContext);
        units.keySet().forEach(u -> require(QuantityUnits.isKnown(u),
                "units: '" + u + "' is not a stored unit name (normalization/quantity-units.txt: " + QuantityUnits.names() + ")"));
    }

    static void requireIso(String code) {
        require(code != null && code.matches("[A-Z]{3}"), "'" + code + "' is not an ISO 4217 code");
    }

    static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("measures: " + what);
        }
    }
}
