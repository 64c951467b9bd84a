package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a figure is a comparison: it follows, within its last five words, one of the words of
 * {@code comparison} in {@code extraction/<lang>/report-period.yaml} ("up from 3.8 pct", "against 2.8
 * mln", "compared with a deficit of 1.1 billion"). A language with no such words has no comparisons.
 */
public final class Comparisons {

    private final Map<Language, List<String>> words = new EnumMap<>(Language.class);

    public Comparisons() {
        for (Language language : Language.values()) {
            words.put(language, words(language.family()));
        }
    }

    /** The comparison words of a language family ({@code en}, {@code zh}), from its {@code report-period.yaml}. */
    static List<String> words(String family) {
        List<String> list = new ArrayList<>();
        YamlResources.tree("extraction/" + family + "/report-period.yaml").path("comparison").forEach(w -> list.add(w.asText()));
        return List.copyOf(list);
    }

    /** The words of {@code language} that introduce a comparison. */
    public List<String> words(Language language) {
        return words.get(language);
    }

    /** Whether the figure starting at {@code at} (an index into {@code sentence}) is a comparison. */
    public boolean before(Language language, String sentence, int at) {
        List<String> comparison = words.get(language);
        if (comparison.isEmpty() || at < 0) {
            return false;
        }
        String before = sentence.substring(Math.max(0, at - 40), at).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String[] w = before.strip().split(" ");
        StringBuilder tail = new StringBuilder();
        for (int i = w.length - 1; i >= Math.max(0, w.length - 5); i--) {
            tail.insert(0, w[i] + " ");
            String t = tail.toString().strip();
            for (String c : comparison) {
                if (t.startsWith(c + " ") || t.equals(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
