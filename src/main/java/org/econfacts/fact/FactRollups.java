package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Keeps the rollups of {@code fact_rollup} (V13) and {@code fact_entity_rollup} (V14: the same groups once more for
 * each entity lookup key of their facts) in the facts' own transaction, so a summary or a time series can add up a
 * few rollup rows instead of every fact ({@link FactAggregateRepository}). Only counted facts take part: no repeat
 * ({@code sameAs}), no upper end of a range ({@code rangeOf}). Each row also keeps its newest fact id.
 *
 * <ul>
 * <li>A stored document adds its facts to their groups' rows: count and sum added, least and greatest kept
 * ({@link #added}); on PostgreSQL one {@code insert … on conflict do update}, whose row locks order concurrent
 * writers of one group (the groups are written in one order, so two writers cannot deadlock).</li>
 * <li>A document deleted or read again ({@link #removing}) cannot subtract a least or a greatest amount, so its
 * groups' rows are locked first, the facts are deleted, and each row is recomputed from the facts that remain
 * (rows are locked before the facts are read: a writer that added to a row meanwhile has committed by then, and
 * its facts are counted).</li>
 * <li>On H2 (the embedded store: one process) rollup writers take turns on a lock held to the end of their
 * transaction, since H2 has no upsert that waits for a concurrent insert of the same key.</li>
 * </ul>
 */
@ApplicationScoped
public class FactRollups {

    /** "none" in a key column (V13): the columns are a primary key, and a primary key has no nulls. */
    static final String NONE = "";
    static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

    private static final String KEY_COLUMNS = "kind, language, k_category, k_unit, k_label, k_start, k_end";
    private static final String VALUE_COLUMNS = ", category, unit, period_label, period_start, period_end,"
            + " facts, amount_sum, amount_min, amount_max, latest_id";
    private static final String KEY_MATCH = "kind = ? and language = ? and k_category = ? and k_unit = ?"
            + " and k_label = ? and k_start = ? and k_end = ?";
    /** Rows a PostgreSQL upsert statement writes at most (18 parameters a row, 32 767 a statement). */
    private static final int UPSERT_ROWS = 1_000;
    /** The facts of one group, by the facts' own columns (null-safe: a missing value matches a missing value). */
    private static final String[] FACT_COLUMNS = {"category", "unit", "period_label", "period_start", "period_end"};

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    /** H2 only: one rollup writer at a time, from its first rollup write to the end of its transaction. */
    private final Semaphore embeddedTurn = new Semaphore(1, true);

    public FactRollups(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /**
     * A group of facts: what one rollup row sums up, in {@code fact_rollup} when {@code entity} is null, else in
     * {@code fact_entity_rollup} for that lookup key. Other nulls are "none".
     */
    record Group(String entity, String kind, String language, String category, String unit, String label,
            LocalDate start, LocalDate end) {

        /** The one order rows are written and locked in: {@code fact_rollup} first, then by entity, then by key. */
        static final Comparator<Group> ORDER = Comparator.comparing(Group::entity, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(Group::kind).thenComparing(Group::language)
                .thenComparing(g -> key(g.category)).thenComparing(g -> key(g.unit)).thenComparing(g -> key(g.label))
                .thenComparing(g -> key(g.start)).thenComparing(g -> key(g.end));

        static Group of(Fact f, String entity) {
            return new Group(entity, f.kind.name(), f.language, f.category == null ? null : f.category.name(), f.unit,
                    f.periodLabel, f.periodStart, f.periodEnd);
        }

        String table() {
            return entity == null ? "fact_rollup" : "fact_entity_rollup";
        }

        String keyColumns() {
            return (entity == null ? "" : "lookup_key, ") + KEY_COLUMNS;
        }

        String keyMatch() {
            return (entity == null ? "" : "lookup_key = ? and ") + KEY_MATCH;
        }

        /** Binds the key columns from {@code at} on, in {@link #keyColumns} order; returns the next index. */
        int bindKey(PreparedStatement s, int at) throws SQLException {
            if (entity != null) {
                s.setString(at++, entity);
            }
            s.setString(at++, kind);
            s.setString(at++, language);
            s.setString(at++, key(category));
            s.setString(at++, key(unit));
            s.setString(at++, key(label));
            s.setDate(at++, Date.valueOf(key(start)));
            s.setDate(at++, Date.valueOf(key(end)));
            return at;
        }

        int bindColumns(PreparedStatement s, int at) throws SQLException {
            s.setString(at++, category);
            s.setString(at++, unit);
            s.setString(at++, label);
            s.setDate(at++, start == null ? null : Date.valueOf(start));
            s.setDate(at++, end == null ? null : Date.valueOf(end));
            return at;
        }

        private Object[] factValues() {
            return new Object[] {category, unit, label, start, end};
        }

        private static String key(String v) {
            return v == null ? NONE : v;
        }

        private static LocalDate key(LocalDate v) {
            return v == null ? NO_DATE : v;
        }
    }

    /** Count, sum, least and greatest amount of a group's facts, and its newest fact id. */
    record Totals(long facts, BigDecimal sum, BigDecimal min, BigDecimal max, long latestId) {

        Totals plus(Totals o) {
            return new Totals(facts + o.facts, sum.add(o.sum), min.min(o.min), max.max(o.max), Math.max(latestId, o.latestId));
        }

        static Totals of(Fact f) {
            return new Totals(1, f.amount, f.amount, f.amount, f.id);
        }
    }

    /**
     * Adds a document's facts, as just written, to their groups, and to those of each of their entity lookup keys
     * ({@code keys}: {@code [lookup key, fact id]} pairs, as written to {@code fact_entity_key}). Must run in the
     * facts' transaction.
     */
    void added(List<Fact> facts, List<Object[]> keys) {
        Map<Long, List<String>> keysOf = new java.util.HashMap<>();
        for (Object[] k : keys) {
            keysOf.computeIfAbsent((Long) k[1], id -> new ArrayList<>()).add((String) k[0]);
        }
        Map<Group, Totals> groups = new TreeMap<>(Group.ORDER);
        for (Fact f : facts) {
            if (f.sameAs == null && f.rangeOf == null) {
                groups.merge(Group.of(f, null), Totals.of(f), Totals::plus);
                for (String entity : keysOf.getOrDefault(f.id, List.of())) {
                    groups.merge(Group.of(f, entity), Totals.of(f), Totals::plus);
                }
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        work(c -> {
            if (c.isWrapperFor(PGConnection.class)) {
                upsert(c, groups);
            } else {
                takeTurn();
                updateOrInsert(c, groups);
            }
        });
    }

    /**
     * Runs {@code delete}, which removes the facts of document {@code documentId} (the document itself, or its
     * facts before it is read again), and brings the rollups of their groups back in line, in the caller's
     * transaction.
     */
    public <T> T removing(long documentId, Supplier<T> delete) {
        List<Group> groups = new ArrayList<>();
        work(c -> {
            if (!c.isWrapperFor(PGConnection.class)) {
                takeTurn();
            }
            groups.addAll(groupsOf(c, documentId));
            for (Group g : groups) {
                try (PreparedStatement lock = c.prepareStatement("select facts from " + g.table() + " where " + g.keyMatch()
                        + " for update")) {
                    g.bindKey(lock, 1);
                    try (ResultSet r = lock.executeQuery()) {
                        while (r.next()) {
                            r.getLong(1);
                        }
                    }
                }
            }
        });
        T result = delete.get();
        em.flush();
        work(c -> {
            for (Group g : groups) {
                recompute(c, g);
            }
        });
        return result;
    }

    /** The groups of a document's counted facts, plain and by entity, in {@link Group#ORDER}. */
    private static List<Group> groupsOf(Connection c, long documentId) throws SQLException {
        String columns = "f.kind, f.language, f.category, f.unit, f.period_label, f.period_start, f.period_end";
        String counted = " where f.document_id = ? and f.same_as is null and f.range_of is null";
        List<Group> out = new ArrayList<>();
        for (String sql : new String[] {"select distinct null, " + columns + " from fact f" + counted,
                "select distinct k.lookup_key, " + columns + " from fact f join fact_entity_key k on k.fact_id = f.id" + counted}) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, documentId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Group(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), date(r.getDate(7)), date(r.getDate(8))));
                    }
                }
            }
        }
        out.sort(Group.ORDER);
        return out;
    }

    /** A group's row from the facts that remain: updated, or deleted when none remains. */
    private static void recompute(Connection c, Group g) throws SQLException {
        StringBuilder where = new StringBuilder("kind = ? and language = ? and same_as is null and range_of is null");
        if (g.entity() != null) {
            where.append(" and id in (select fact_id from fact_entity_key where lookup_key = ?)");
        }
        Object[] values = g.factValues();
        for (int i = 0; i < FACT_COLUMNS.length; i++) {
            where.append(" and ").append(FACT_COLUMNS[i]).append(values[i] == null ? " is null" : " = ?");
        }
        Totals totals = null;
        try (PreparedStatement s = c.prepareStatement(
                "select count(*), sum(amount), min(amount), max(amount), max(id) from fact where " + where)) {
            int at = 1;
            s.setString(at++, g.kind());
            s.setString(at++, g.language());
            if (g.entity() != null) {
                s.setString(at++, g.entity());
            }
            for (Object v : values) {
                if (v instanceof LocalDate d) {
                    s.setDate(at++, Date.valueOf(d));
                } else if (v != null) {
                    s.setString(at++, (String) v);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getLong(1) > 0) {
                    totals = new Totals(r.getLong(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4), r.getLong(5));
                }
            }
        }
        if (totals == null) {
            try (PreparedStatement d = c.prepareStatement("delete from " + g.table() + " where " + g.keyMatch())) {
                g.bindKey(d, 1);
                d.executeUpdate();
            }
            return;
        }
        try (PreparedStatement u = c.prepareStatement("update " + g.table() + " set facts = ?, amount_sum = ?,"
                + " amount_min = ?, amount_max = ?, latest_id = ? where " + g.keyMatch())) {
            g.bindKey(u, bindTotals(u, 1, totals));
            u.executeUpdate();
        }
    }

    /**
     * PostgreSQL: one statement for each table's groups of the document (in chunks of {@link #UPSERT_ROWS}); a row
     * that exists is added to, under its row lock.
     */
    private static void upsert(Connection c, Map<Group, Totals> groups) throws SQLException {
        List<Map.Entry<Group, Totals>> rows = new ArrayList<>(groups.entrySet());
        int from = 0;
        while (from < rows.size()) {
            Group first = rows.get(from).getKey();
            int to = from;
            while (to < rows.size() && to - from < UPSERT_ROWS && rows.get(to).getKey().table().equals(first.table())) {
                to++;
            }
            upsert(c, first, rows.subList(from, to));
            from = to;
        }
    }

    private static void upsert(Connection c, Group like, List<Map.Entry<Group, Totals>> rows) throws SQLException {
        String t = like.table();
        String columns = like.keyColumns() + VALUE_COLUMNS;
        String row = "(" + "?, ".repeat(columns.split(",").length - 1) + "?)";
        StringBuilder sql = new StringBuilder("insert into " + t + " (" + columns + ") values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        sql.append(" on conflict (" + like.keyColumns() + ") do update set facts = " + t + ".facts + excluded.facts,"
                + " amount_sum = " + t + ".amount_sum + excluded.amount_sum,"
                + " amount_min = least(" + t + ".amount_min, excluded.amount_min),"
                + " amount_max = greatest(" + t + ".amount_max, excluded.amount_max),"
                + " latest_id = greatest(" + t + ".latest_id, excluded.latest_id)");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int at = 1;
            for (Map.Entry<Group, Totals> e : rows) {
                at = e.getKey().bindKey(s, at);
                at = e.getKey().bindColumns(s, at);
                at = bindTotals(s, at, e.getValue());
            }
            s.executeUpdate();
        }
    }

    /** H2, its writers taking turns: add to each row that exists, insert the others. */
    private static void updateOrInsert(Connection c, Map<Group, Totals> groups) throws SQLException {
        for (Map.Entry<Group, Totals> e : groups.entrySet()) {
            Group g = e.getKey();
            Totals t = e.getValue();
            try (PreparedStatement u = c.prepareStatement("update " + g.table() + " set facts = facts + ?,"
                    + " amount_sum = amount_sum + ?, amount_min = least(amount_min, ?), amount_max = greatest(amount_max, ?),"
                    + " latest_id = greatest(latest_id, ?) where " + g.keyMatch())) {
                g.bindKey(u, bindTotals(u, 1, t));
                if (u.executeUpdate() > 0) {
                    continue;
                }
            }
            String columns = g.keyColumns() + VALUE_COLUMNS;
            try (PreparedStatement i = c.prepareStatement("insert into " + g.table() + " (" + columns + ") values ("
                    + "?, ".repeat(columns.split(",").length - 1) + "?)")) {
                bindTotals(i, g.bindColumns(i, g.bindKey(i, 1)), t);
                i.executeUpdate();
            }
        }
    }

    private static int bindTotals(PreparedStatement s, int at, Totals t) throws SQLException {
        s.setLong(at++, t.facts());
        s.setBigDecimal(at++, t.sum());
        s.setBigDecimal(at++, t.min());
        s.setBigDecimal(at++, t.max());
        s.setLong(at++, t.latestId());
        return at;
    }

    /** H2: waits for the rollup turn unless this transaction holds it; gives it back when the transaction ends. */
    private void takeTurn() {
        if (transactions.getResource(embeddedTurn) != null) {
            return;
        }
        embeddedTurn.acquireUninterruptibly();
        try {
            transactions.putResource(embeddedTurn, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the turn is held through the commit
                }

                @Override
                public void afterCompletion(int status) {
                    embeddedTurn.release();
                }
            });
        } catch (RuntimeException e) {
            embeddedTurn.release();
            throw e;
        }
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void work(Work w) {
        em.unwrap(Session.class).doWork(w::run);
    }
}
