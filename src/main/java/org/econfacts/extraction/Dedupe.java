package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Last stage: one mention per stretch of text. When two mentions overlap (two rules matched the
 * same figure) the longer span wins; the result is in text order.
 */
public final class Dedupe {

    public List<Finding> apply(List<Finding> mentions) {
        return apply(mentions, Deadline.NONE);
    }

    /** As {@link #apply(List)}, within the document's time budget (the overlap check is quadratic). */
    public List<Finding> apply(List<Finding> mentions, Deadline deadline) {
        List<Finding> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((Finding f) -> f.mention().end() - f.mention().start()).reversed()
                .thenComparingInt(f -> f.mention().start()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : byLength) {
            deadline.check();
            Mention m = f.mention();
            if (kept.stream().map(Finding::mention).noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.mention().start()));
        return kept;
    }
}
