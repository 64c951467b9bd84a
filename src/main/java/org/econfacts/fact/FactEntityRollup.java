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
 * One row of {@code fact_entity_rollup} (V14): the counted facts of one entity lookup key ({@code fact_entity_key})
 * with one kind, language, category and unit, read by summaries filtered by that entity. Its columns carry the names
 * of {@link Fact}'s, so a {@link FactFilter} on category, kind, unit, currency and language reads the same here.
 * Written only by {@link FactRollups}, with SQL.
 */
@Entity
@Immutable
@Table(name = "fact_entity_rollup")
@IdClass(FactEntityRollup.Key.class)
public class FactEntityRollup extends RollupTotals {

    /** The primary key: the lookup key and the group, with a stand-in for each "none". */
    public record Key(String lookupKey, FigureKind kind, String language, String kCategory, String kUnit)
            implements Serializable {}

    @Id
    @Column(name = "lookup_key")
    public String lookupKey;
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

    /** The latest period end of the row's facts (null: none has a period). */
    @Column(name = "last_end")
    public LocalDate lastEnd;

    /** The newest fact with that period end (with none, the newest fact). */
    @Column(name = "last_end_id")
    public long lastEndId;
}
