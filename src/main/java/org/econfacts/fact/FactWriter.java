package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.postgresql.PGConnection;

/**
 * Writes fact rows and their entity rows with plain JDBC on the connection of the current transaction: on
 * PostgreSQL one {@code COPY … FROM STDIN} per table, elsewhere (H2) one JDBC batch per table. Ids come in
 * blocks of {@link #ID_BLOCK} from the tables' sequences, so a document costs no sequence round trip most of
 * the time, and every link (twin, equivalent, change, repeat) is known before its row is written: each row
 * is inserted once, complete, never updated.
 *
 * <p>Hibernate wrote each fact as an entity (a batch of inserts, then an update per linked fact) and then read
 * the whole document back; at ≈ 29 facts a document that was most of the time of a store (docs/performance.md
 * "Storage speed").
 */
@ApplicationScoped
public class FactWriter {

    /**
     * Ids a sequence hands out at once: the {@code INCREMENT BY} of {@code fact_seq} and {@code fact_entity_seq}
     * (V7 migration) and the {@code allocationSize} of their entities.
     */
    public static final int ID_BLOCK = 1000;

    static final String FACT_COLUMNS = "id, document_id, kind, amount, unit, approximation, change_direction,"
            + " change_basis, period_start, period_end, period_label, subject, mention, span_start, span_end, sentence,"
            + " sentence_start, sentence_end, language, rule_name, created_at, category, equivalent_of, implied_rate,"
            + " change_of, same_as, twin_id, amount_max, range_of, statistic_id";

    static final String ENTITY_COLUMNS = "id, fact_id, name, mention, type, name_key, mention_key";

    static final String KEY_COLUMNS = "lookup_key, fact_id";

    private final EntityManager em;
    private final IdBlocks factIds = new IdBlocks("fact_seq");
    private final IdBlocks entityIds = new IdBlocks("fact_entity_seq");

    public FactWriter(EntityManager em) {
        this.em = em;
    }

    /** Ids for {@code facts} and {@code entities}, in list order. Must run in the caller's transaction. */
    void assignIds(List<Fact> facts, List<FactEntity> entities) {
        work(c -> {
            Dialect dialect = dialect();
            for (Fact f : facts) {
                f.id = factIds.next(c, dialect);
            }
            for (FactEntity e : entities) {
                e.id = entityIds.next(c, dialect);
            }
        });
    }

    /**
     * Inserts the rows (ids and links already set) in the caller's transaction, after flushing what Hibernate
     * holds (the document row the facts point at).
     */
    void insert(List<Fact> facts, List<FactEntity> entities) {
        em.flush();
        work(c -> {
            if (c.isWrapperFor(PGConnection.class)) {
                copy(c.unwrap(PGConnection.class), facts, entities);
            } else {
                batch(c, facts, entities);
            }
        });
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void work(Work w) {
        em.unwrap(Session.class).doWork(w::run);
    }

    private Dialect dialect() {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
    }

    private static Object[] values(Fact f) {
        return new Object[] {f.id, f.documentId, name(f.kind), f.amount, f.unit, name(f.approximation),
            name(f.changeDirection), name(f.changeBasis), f.periodStart, f.periodEnd, f.periodLabel, f.subject,
            f.mention, f.spanStart, f.spanEnd, f.sentence, f.sentenceStart, f.sentenceEnd, f.language, f.ruleName,
            f.createdAt, name(f.category), f.equivalentOf, f.impliedRate, f.changeOf, f.sameAs, f.twinId,
            f.amountMax, f.rangeOf, f.statisticId};
    }

    private static Object[] values(FactEntity e) {
        return new Object[] {e.id, e.factId, e.name, e.mention, e.type, e.nameKey, e.mentionKey};
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    // ---- PostgreSQL: COPY in text format ----

    private static void copy(PGConnection c, List<Fact> facts, List<FactEntity> entities) throws SQLException {
        StringBuilder rows = new StringBuilder(facts.size() * 400);
        for (Fact f : facts) {
            row(rows, values(f));
        }
        copy(c, "fact (" + FACT_COLUMNS + ")", rows);
        if (!entities.isEmpty()) {
            rows.setLength(0);
            for (FactEntity e : entities) {
                row(rows, values(e));
            }
            copy(c, "fact_entity (" + ENTITY_COLUMNS + ")", rows);
            rows.setLength(0);
            for (Object[] key : keys(entities)) {
                row(rows, key);
            }
            copy(c, "fact_entity_key (" + KEY_COLUMNS + ")", rows);
        }
    }

    /**
     * The lookup keys of the entities' facts (V8): each lower-cased name and mention once per fact. Entities of
     * one fact are next to each other in the list.
     */
    static List<Object[]> keys(List<FactEntity> entities) {
        List<Object[]> keys = new java.util.ArrayList<>();
        java.util.Set<String> ofFact = new java.util.HashSet<>();
        Long fact = null;
        for (FactEntity e : entities) {
            if (!e.factId.equals(fact)) {
                fact = e.factId;
                ofFact.clear();
            }
            for (String k : new String[] {e.nameKey, e.mentionKey}) {
                if (ofFact.add(k)) {
                    keys.add(new Object[] {k, e.factId});
                }
            }
        }
        return keys;
    }

    private static void copy(PGConnection c, String table, StringBuilder rows) throws SQLException {
        try {
            c.getCopyAPI().copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** One line of COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void row(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String s) {
                escape(out, s);
            } else if (v instanceof BigDecimal d) {
                out.append(d.toPlainString());
            } else {
                out.append(v); // numbers, LocalDate (ISO), OffsetDateTime (ISO 8601, which PostgreSQL reads)
            }
        }
        out.append('\n');
    }

    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u000B' -> out.append("\\v");
                default -> out.append(ch);
            }
        }
    }

    // ---- elsewhere: JDBC batches ----

    private static void batch(Connection c, List<Fact> facts, List<FactEntity> entities) throws SQLException {
        batch(c, "fact", FACT_COLUMNS, facts.stream().map(FactWriter::values).toList());
        batch(c, "fact_entity", ENTITY_COLUMNS, entities.stream().map(FactWriter::values).toList());
        batch(c, "fact_entity_key", KEY_COLUMNS, keys(entities));
    }

    private static void batch(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.get(0).length;
        String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
        try (PreparedStatement ps = c.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < n; i++) {
                    set(ps, i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d, Types.DATE);
        } else if (v instanceof OffsetDateTime t) {
            ps.setObject(i, t, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, v);
        }
    }

    /**
     * Ids of one sequence, a block at a time. A sequence value {@code v} stands for the block
     * {@code [v, v + ID_BLOCK - 1]}, as Hibernate's pooled-lo optimizer (the Quarkus default) reads it, so ids
     * taken here and by a Hibernate mapping with the same allocation size never meet, and the first block after
     * the V7 migration lies above the last one of fifty.
     */
    static final class IdBlocks {
        private final String sequence;
        private long next = 1;
        private long last = 0;

        IdBlocks(String sequence) {
            this.sequence = sequence;
        }

        synchronized long next(Connection c, Dialect dialect) throws SQLException {
            if (next > last) {
                long v = nextValue(c, dialect);
                next = v;
                last = v + ID_BLOCK - 1;
            }
            return next++;
        }

        private long nextValue(Connection c, Dialect dialect) throws SQLException {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(dialect.getSequenceSupport().getSequenceNextValString(sequence))) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
