package org.econfacts.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.econfacts.normalization.Approximation;

/**
 * The {@code approximations:} section every language's {@code lexicon.yaml} shares: the words written
 * {@code before} a figure ("more than", {@code 逾}) and {@code after} it ("or more", {@code 左右}),
 * by the approximation they make. A word under two approximations is an error.
 */
public record ApproximationWords(Map<Approximation, List<String>> before, Map<Approximation, List<String>> after) {

    public ApproximationWords {
        if (before == null || after == null) {
            throw new IllegalStateException("approximations: 'before' and 'after' are both required (an empty map is fine)");
        }
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        index(before);
        index(after);
    }

    /** Each word of {@code words} (before or after) → its approximation. */
    public static Map<String, Approximation> index(Map<Approximation, List<String>> words) {
        Map<String, Approximation> out = new HashMap<>();
        words.forEach((a, list) -> list.forEach(w -> {
            if (w == null || w.isBlank() || out.put(w, a) != null) {
                throw new IllegalStateException("approximations: '" + w + "' is blank or listed twice");
            }
        }));
        return out;
    }
}
