package org.econfacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A name by which a fact can be found: the lower-cased name or mention of one of its entities, once per fact
 * (V8 migration). The entity filter is one equality on it. Written by {@link FactWriter} only; mapped so that
 * queries can name it.
 */
@Entity
@Table(name = "fact_entity_key")
@IdClass(FactEntityKey.Key.class)
public class FactEntityKey {

    @Id
    @Column(name = "lookup_key", nullable = false)
    public String lookupKey;

    @Id
    @Column(name = "fact_id", nullable = false)
    public Long factId;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String lookupKey;
        public Long factId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(lookupKey, k.lookupKey) && Objects.equals(factId, k.factId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lookupKey, factId);
        }
    }
}
