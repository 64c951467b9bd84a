package org.econfacts.fact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a listing: the items, the page asked for (0-based), its size and the total. A fact search counts
 * its matches only up to a cap (econfacts.limits.max-exact-total, at least to the end of the page asked for):
 * beyond it {@code total} is that lower bound and {@code totalExact} is false.
 */
public record PageView<T>(
        List<T> items,
        int page,
        int size,
        @Schema(description = "How many items match: exact when totalExact is true, else a lower bound (there are more).")
        long total,
        @Schema(description = "false when total is only a lower bound: a fact search stops counting at "
                + "econfacts.limits.max-exact-total matches (10 000 by default; 1 000 for a search with q or subject) or the end "
                + "of the page asked for, whichever is further")
        boolean totalExact) {

    /** A page whose total is exact. */
    public PageView(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }
}
