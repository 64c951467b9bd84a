package org.econfacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.econfacts.extraction.Category;

/**
 * What every rollup row ({@link FactRollup}, {@link FactEntityRollup}) holds besides its key: the group's own
 * columns, named as {@link Fact}'s so that one {@link FactFilter} reads facts and rollups alike, and the totals.
 */
@MappedSuperclass
public abstract class RollupColumns {

    @Enumerated(EnumType.STRING)
    public Category category;

    public String unit;

    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public long facts;

    @Column(name = "amount_sum")
    public BigDecimal amountSum;

    @Column(name = "amount_min")
    public BigDecimal amountMin;

    @Column(name = "amount_max")
    public BigDecimal amountMax;

    /** The newest (greatest) id of the row's facts (V14). */
    @Column(name = "latest_id")
    public Long latestId;
}
