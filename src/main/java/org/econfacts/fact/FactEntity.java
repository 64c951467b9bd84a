package org.econfacts.fact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An entity a fact is about: canonical name within its document, the name as written, a type. */
@Entity
@Table(name = "fact_entity")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fact_entity_seq")
    @SequenceGenerator(name = "fact_entity_seq", sequenceName = "fact_entity_seq", allocationSize = 50)
    public Long id;

    @Column(name = "fact_id", nullable = false)
    public Long factId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String mention;

    @Column(nullable = false)
    public String type;
}
