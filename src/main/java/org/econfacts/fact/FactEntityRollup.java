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
 * The row of one {@link FactRollup} group for one entity lookup key ({@code fact_entity_key}, V14): what a summary
 * or a time series filtered by an entity reads. Written only by {@link FactRollups}, with SQL.
 */
@Entity
@Immutable
@Table(name = "fact_entity_rollup")
@IdClass(FactEntityRollup.Key.class)
public class FactEntityRollup extends RollupColumns {

    /** The primary key: the entity's lookup key and the group, with a stand-in for each "none". */
    public record Key(String lookupKey, FigureKind kind, String language, String kCategory, String kUnit, String kLabel,
            LocalDate kStart, LocalDate kEnd) implements Serializable {}

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
    @Id
    @Column(name = "k_label")
    public String kLabel;
    @Id
    @Column(name = "k_start")
    public LocalDate kStart;
    @Id
    @Column(name = "k_end")
    public LocalDate kEnd;
}
