package org.econfacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.econfacts.normalization.FigureKind;
import org.hibernate.annotations.Immutable;

/**
 * One rollup row (V13), read by summaries and time series through HQL: its columns carry the names of
 * {@link Fact}'s, so a {@link FactFilter} on category, kind, unit, currency, language and period reads the same
 * here. Written only by {@link FactRollups}, with SQL.
 */
@Entity
@Immutable
@Table(name = "fact_rollup")
@IdClass(FactRollup.Key.class)
public class FactRollup extends RollupTotals {

    /** The primary key: the group with a stand-in for each "none". */
    public record Key(FigureKind kind, String language, String kCategory, String kUnit, String kLabel, LocalDate kStart,
            LocalDate kEnd) implements Serializable {}

    @Id
    @Enumerated(EnumType.STRING)
    public FigureKind kind;
    @Id
    public String language;
    @Id
    @Column(name = "k_category")
    public String kCategory;
    @Id
    @Column(name = "k_unit")
    public String kUnit;
    @Id
    @Column(name = "k_label")
    public String kLabel;
    @Id
    @Column(name = "k_start")
    public LocalDate kStart;
    @Id
    @Column(name = "k_end")
    public LocalDate kEnd;

    @Column(name = "period_label")
    public String periodLabel;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;
}
