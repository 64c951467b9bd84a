package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.PhraseTable;
import org.econfacts.extraction.YamlResources;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;

/**
 * The Chinese language data of {@code extraction/zh/lexicon.yaml}, typed and validated. All words
 * are Simplified and half-width because the text is folded before matching.
 */
public record ChineseLexicon(
        Numerals numerals,
        PhraseTable<Boolean> moreSuffixes,
        PhraseTable<String> currencies,
        PhraseTable<String> currencyPrefixes,
        Set<String> cnySubunits,
        PhraseTable<Boolean> jiao,
        PhraseTable<Boolean> fen,
        Set<String> subunitBlockedAfter,
        PhraseTable<Boolean> percentSigns,
        PhraseTable<Boolean> percentPoints,
        String tenthsWord,
        Set<String> tenthsBlockedAfter,
        PhraseTable<Boolean> countWords,
        PhraseTable<Boolean> nounsAfterGe,
        PhraseTable<Boolean> notCountAfterGe,
        PhraseTable<String> quantities,
        PhraseTable<Approximation> approxBefore,
        PhraseTable<Approximation> approxAfter,
        Changes changes,
        PhraseTable<Change.Basis> bases,
        Set<String> blockedBefore,
        Set<String> rangeConnectors,
        Subjects subjects) {

    public static final String RESOURCE = "extraction/zh/lexicon.yaml";

    /** Numeral characters: digits, in-section units (十百千), section scales (万亿). */
    public record Numerals(Map<Character, Integer> digits, Map<Character, Integer> units,
            Map<Character, BigDecimal> sections, Set<Character> decimalPoints, int maxLength, int maxIntegerDigits,
            Map<Character, Character> formal, Set<Character> negativeSigns, String fractionWord, String mixedWord,
            String half) {
        public boolean isNumeralChar(char c) {
            return (c >= '0' && c <= '9') || digits.containsKey(c) || units.containsKey(c) || sections.containsKey(c);
        }

        public boolean isDigit(char c) {
            return (c >= '0' && c <= '9') || digits.containsKey(c);
        }
    }

    /** Change words: which way, what names a rate, what makes a verb a level. */
    public record Changes(PhraseTable<Change.Direction> words, Set<String> rateNouns, Set<String> levelMarkers,
            Set<String> blockers, Set<Character> gapChars, int maxGap, int basisWindow) {}

    /** Period words. */
    /** Words {@link ChineseSubjects} reads around a figure. */
    public record Subjects(Set<String> namingVerbs, Set<String> notSubjects, Set<String> comparison,
            Set<String> conjunctions, String perWord, Set<String> shareWords, Set<String> shareAdverbs,
            String possessive) {}

    public static ChineseLexicon load() {
        return parse(YamlResources.tree(RESOURCE));
    }

    static ChineseLexicon parse(JsonNode root) {
        JsonNode n = required(root, "numerals");
        Numerals numerals = new Numerals(
                charMap(required(n, "digits"), JsonNode::intValue),
                charMap(required(n, "units"), JsonNode::intValue),
                charMap(required(n, "sections"), v -> new BigDecimal(v.asText())),
                Set.copyOf(strings(required(n, "decimalPoints")).keySet().stream().map(s -> s.charAt(0)).toList()),
                positive(n, "maxLength"), positive(n, "maxIntegerDigits"),
                charMap(required(n, "formal"), v -> oneChar(v.asText())),
                Set.copyOf(strings(required(n, "negativeSigns")).keySet().stream().map(ChineseLexicon::oneChar).toList()),
                required(n, "fraction").asText(), required(n, "mixedFraction").asText(), required(n, "half").asText());
        JsonNode c = required(root, "changes");
        Map<String, Change.Direction> directions = new HashMap<>();
        strings(required(c, "increase")).keySet().forEach(w -> directions.put(w, Change.Direction.INCREASE));
        strings(required(c, "decrease")).keySet().forEach(w -> directions.put(w, Change.Direction.DECREASE));
        Changes changes = new Changes(new PhraseTable<>(directions), strings(required(c, "rateNouns")).keySet(),
                strings(required(c, "levelMarkers")).keySet(), strings(required(c, "blockers")).keySet(),
                Set.copyOf(required(c, "gapChars").asText().chars().mapToObj(ch -> (char) ch).toList()),
                positive(c, "maxGap"), positive(c, "basisWindow"));
        return new ChineseLexicon(numerals,
                flags(root, "moreSuffixes"),
                grouped(root, "currencies", k -> requireIso(k)),
                grouped(root, "currencyPrefixes", k -> requireIso(k)),
                strings(required(required(root, "cnySubunits"), "after")).keySet(),
                flags(required(root, "cnySubunits"), "jiao"),
                flags(required(root, "cnySubunits"), "fen"),
                strings(required(required(root, "cnySubunits"), "blockedAfter")).keySet(),
                flags(root, "percentSigns"),
                flags(root, "percentPoints"),
                required(root, "tenthsWord").asText(),
                strings(required(root, "tenthsBlockedAfter")).keySet(),
                flags(root, "countWords"),
                flags(root, "nounsAfterGe"),
                flags(root, "notCountAfterGe"),
                grouped(root, "quantities", k -> k),
                grouped(required(root, "approximations"), "before", Approximation::valueOf),
                grouped(required(root, "approximations"), "after", Approximation::valueOf),
                changes,
                grouped(root, "bases", Change.Basis::valueOf),
                strings(required(root, "blockedBefore")).keySet(),
                strings(required(root, "rangeConnectors")).keySet(),
                subjects(required(root, "subjects")));
    }

    private static Subjects subjects(JsonNode n) {
        return new Subjects(words(n, "namingVerbs"), words(n, "notSubjects"), words(n, "comparison"),
                words(n, "conjunctions"), required(n, "perWord").asText(), words(n, "shareWords"),
                words(n, "shareAdverbs"), required(n, "possessive").asText());
    }

    private static Set<String> words(JsonNode node, String field) {
        return Set.copyOf(strings(required(node, field)).keySet());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalStateException(RESOURCE + ": missing '" + field + "'");
        }
        return v;
    }

    private static int positive(JsonNode node, String field) {
        int v = required(node, field).asInt(-1);
        if (v <= 0) {
            throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a positive integer");
        }
        return v;
    }

    private static Map<String, Boolean> strings(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": expected a non-empty list, got " + list);
        }
        Map<String, Boolean> out = new HashMap<>();
        for (JsonNode w : list) {
            if (!w.isTextual() || w.asText().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": bad word " + w);
            }
            out.put(w.asText(), Boolean.TRUE);
        }
        return out;
    }

    private static PhraseTable<Boolean> flags(JsonNode root, String field) {
        return new PhraseTable<>(strings(required(root, field)));
    }

    /** {@code key: [word, …]} → word → converted key. */
    private static <V> PhraseTable<V> grouped(JsonNode root, String field, Function<String, V> key) {
        Map<String, V> out = new HashMap<>();
        required(root, field).fields().forEachRemaining(e -> {
            V v = key.apply(e.getKey());
            strings(e.getValue()).keySet().forEach(w -> {
                if (out.put(w, v) != null) {
                    throw new IllegalStateException(RESOURCE + ": '" + w + "' listed twice under " + field);
                }
            });
        });
        return new PhraseTable<>(out);
    }

    private static <V> Map<Character, V> charMap(JsonNode node, Function<JsonNode, V> value) {
        Map<Character, V> out = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getKey().length() != 1) {
                throw new IllegalStateException(RESOURCE + ": numeral '" + e.getKey() + "' must be one char");
            }
            out.put(e.getKey().charAt(0), value.apply(e.getValue()));
        });
        return Map.copyOf(out);
    }

    private static char oneChar(String s) {
        if (s.length() != 1) {
            throw new IllegalStateException(RESOURCE + ": '" + s + "' must be one char");
        }
        return s.charAt(0);
    }

    private static String requireIso(String code) {
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalStateException(RESOURCE + ": '" + code + "' is not an ISO 4217 code");
        }
        return code;
    }
}
