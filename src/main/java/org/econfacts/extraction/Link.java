package org.econfacts.extraction;

import java.math.BigDecimal;

/**
 * A relation between two findings of a document, as indices into its findings list:
 * {@code from} is an EQUIVALENT_OF {@code to} (the same amount in another currency; {@code rate} is
 * units of {@code to}'s currency per unit of {@code from}'s), a CHANGE_OF it (the growth of that
 * figure), the SAME_AS it (a repeated mention, not counted twice in aggregates), or the UPPER_END_OF the
 * range whose lower end {@code to} is ("4 to 6 per cent": 6 per cent of 4; not counted apart in aggregates).
 */
public record Link(int from, int to, Type type, BigDecimal rate) {

    public enum Type {
        EQUIVALENT_OF,
        CHANGE_OF,
        SAME_AS,
        UPPER_END_OF
    }

    public Link {
        if (from == to || type == null) {
            throw new IllegalArgumentException("bad link");
        }
    }
}
