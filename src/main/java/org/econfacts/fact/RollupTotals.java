package org.econfacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import org.econfacts.extraction.Category;

/**
 * What both rollup rows ({@link FactRollup}, V13; {@link FactEntityRollup}, V14) hold besides their keys: the group's
 * category and unit, named as {@link Fact}'s so that one {@link FactFilter} reads facts and rollups alike, and the
 * totals of its counted facts.
 */
@MappedSuperclass
public abstract class RollupTotals {

    @Enumerated(EnumType.STRING)
    public Category category;

    public String unit;

    public long facts;

    @Column(name = "amount_sum")
    public BigDecimal amountSum;

    @Column(name = "amount_min")
    public BigDecimal amountMin;

    @Column(name = "amount_max")
    public BigDecimal amountMax;
}
