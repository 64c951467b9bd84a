package org.econfacts.fact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** An entity a fact is about: canonical name within its document, the name as written, a type. */
@Entity
@Table(name = "fact_entity")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_entity_seq")
    @SequenceGenerator(name = "fact_entity_seq", sequenceName = "fact_entity_seq", allocationSize = FactWriter.ID_BLOCK) // rows are written by FactWriter
    public Long id;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String mention;

    @Column(nullable = false)
    public String type;

    /**
     * {@code name} and {@code mention} lower-cased, kept in step on every write. The entity filter is
     * case-insensitive; comparing these keys lets an index answer it, where {@code lower(name) = ?} could
     * use none that H2 and PostgreSQL share (V5 migration).
     */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(name = "mention_key", nullable = false)
    public String mentionKey;

    @PrePersist
    @PreUpdate
    void fillKeys() {
        nameKey = key(name);
        mentionKey = key(mention);
    }

    /** The lookup key of a name: lower case, locale-independent. */
    static String key(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
