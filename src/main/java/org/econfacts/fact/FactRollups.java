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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Keeps the rollups of {@code fact_rollup} (V13) and {@code fact_entity_rollup} (V14: by entity lookup key, kind,
 * language, category and unit, with the latest period end and its newest fact) in the facts' own transaction, so a
 * summary or a time series can add up a few rollup rows instead of every fact ({@link FactAggregateRepository}). Only
 * counted facts take part: no repeat ({@code sameAs}), no upper end of a range ({@code rangeOf}). Rows are written and
 * locked in one order, {@code fact_rollup}'s before {@code fact_entity_rollup}'s.
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
    private static final String COLUMNS = KEY_COLUMNS + ", category, unit, period_label, period_start, period_end,"
            + " facts, amount_sum, amount_min, amount_max";
    private static final String KEY_MATCH = "kind = ? and language = ? and k_category = ? and k_unit = ?"
            + " and k_label = ? and k_start = ? and k_end = ?";
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

    /** A group of facts: what one rollup row sums up. Nulls are "none". */
    record Group(String kind, String language, String category, String unit, String label, LocalDate start,
            LocalDate end) {

        static final Comparator<Group> ORDER = Comparator.comparing(Group::kind).thenComparing(Group::language)
                .thenComparing(g -> key(g.category)).thenComparing(g -> key(g.unit)).thenComparing(g -> key(g.label))
                .thenComparing(g -> key(g.start)).thenComparing(g -> key(g.end));

        static Group of(Fact f) {
            return new Group(f.kind.name(), f.language, f.category == null ? null : f.category.name(), f.unit,
                    f.periodLabel, f.periodStart, f.periodEnd);
        }

        /** Binds the key columns from {@code at} on, in {@link #KEY_COLUMNS} order; returns the next index. */
        int bindKey(PreparedStatement s, int at) throws SQLException {
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

    /** Count, sum, least and greatest amount of a group's facts. */
    record Totals(long facts, BigDecimal sum, BigDecimal min, BigDecimal max) {

        Totals plus(BigDecimal amount) {
            return new Totals(facts + 1, sum.add(amount), min.min(amount), max.max(amount));
        }

        static Totals of(BigDecimal amount) {
            return new Totals(1, amount, amount, amount);
        }
    }

    /**
     * Adds a document's facts, as just written, to their groups, and to those of their entity lookup keys
     * ({@code keys}: {@code [lookup key, fact id]} pairs, as written to {@code fact_entity_key}). Must run in the
     * facts' transaction.
     */
    void added(List<Fact> facts, List<Object[]> keys) {
        Map<Long, List<String>> keysOf = new HashMap<>();
        for (Object[] k : keys) {
            keysOf.computeIfAbsent((Long) k[1], id -> new ArrayList<>()).add((String) k[0]);
        }
        Map<Group, Totals> groups = new TreeMap<>(Group.ORDER);
        Map<EntityGroup, EntityTotals> entityGroups = new TreeMap<>(EntityGroup.ORDER);
        for (Fact f : facts) {
            if (f.sameAs == null && f.rangeOf == null) {
                groups.merge(Group.of(f), Totals.of(f.amount), (a, b) -> a.plus(b.sum()));
                for (String entity : keysOf.getOrDefault(f.id, List.of())) {
                    entityGroups.merge(EntityGroup.of(entity, f), EntityTotals.of(f), EntityTotals::plus);
                }
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        work(c -> {
            if (c.isWrapperFor(PGConnection.class)) {
                upsert(c, groups);
                upsertEntities(c, new ArrayList<>(entityGroups.entrySet()));
            } else {
                takeTurn();
                updateOrInsert(c, groups);
                updateOrInsertEntities(c, entityGroups);
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
        List<EntityGroup> entityGroups = new ArrayList<>();
        work(c -> {
            if (!c.isWrapperFor(PGConnection.class)) {
                takeTurn();
            }
            groups.addAll(groupsOf(c, documentId));
            entityGroups.addAll(entityGroupsOf(c, documentId));
            try (PreparedStatement lock = c.prepareStatement("select facts from fact_rollup where " + KEY_MATCH + " for update")) {
                for (Group g : groups) {
                    g.bindKey(lock, 1);
                    try (ResultSet r = lock.executeQuery()) {
                        while (r.next()) {
                            r.getLong(1);
                        }
                    }
                }
            }
            try (PreparedStatement lock = c.prepareStatement("select facts from fact_entity_rollup where " + ENTITY_MATCH
                    + " for update")) {
                for (EntityGroup g : entityGroups) {
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
            for (EntityGroup g : entityGroups) {
                recompute(c, g);
            }
        });
        return result;
    }

    /** The groups of a document's counted facts, in {@link Group#ORDER}. */
    private static List<Group> groupsOf(Connection c, long documentId) throws SQLException {
        List<Group> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select distinct kind, language, category, unit, period_label,"
                + " period_start, period_end from fact where document_id = ? and same_as is null and range_of is null")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Group(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            date(r.getDate(6)), date(r.getDate(7))));
                }
            }
        }
        out.sort(Group.ORDER);
        return out;
    }

    /** A group's row from the facts that remain: updated, or deleted when none remains. */
    private static void recompute(Connection c, Group g) throws SQLException {
        StringBuilder where = new StringBuilder("kind = ? and language = ? and same_as is null and range_of is null");
        Object[] values = g.factValues();
        for (int i = 0; i < FACT_COLUMNS.length; i++) {
            where.append(" and ").append(FACT_COLUMNS[i]).append(values[i] == null ? " is null" : " = ?");
        }
        Totals totals = null;
        try (PreparedStatement s = c.prepareStatement(
                "select count(*), sum(amount), min(amount), max(amount) from fact where " + where)) {
            int at = 1;
            s.setString(at++, g.kind());
            s.setString(at++, g.language());
            for (Object v : values) {
                if (v instanceof LocalDate d) {
                    s.setDate(at++, Date.valueOf(d));
                } else if (v != null) {
                    s.setString(at++, (String) v);
                }
            }
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getLong(1) > 0) {
                    totals = new Totals(r.getLong(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4));
                }
            }
        }
        if (totals == null) {
            try (PreparedStatement d = c.prepareStatement("delete from fact_rollup where " + KEY_MATCH)) {
                g.bindKey(d, 1);
                d.executeUpdate();
            }
            return;
        }
        try (PreparedStatement u = c.prepareStatement("update fact_rollup set facts = ?, amount_sum = ?, amount_min = ?,"
                + " amount_max = ? where " + KEY_MATCH)) {
            u.setLong(1, totals.facts());
            u.setBigDecimal(2, totals.sum());
            u.setBigDecimal(3, totals.min());
            u.setBigDecimal(4, totals.max());
            g.bindKey(u, 5);
            u.executeUpdate();
        }
    }

    /** PostgreSQL: one statement for the document's groups; a row that exists is added to, under its row lock. */
    private static void upsert(Connection c, Map<Group, Totals> groups) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into fact_rollup (" + COLUMNS + ") values ");
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int i = 0; i < groups.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        sql.append(" on conflict (" + KEY_COLUMNS + ") do update set facts = fact_rollup.facts + excluded.facts,"
                + " amount_sum = fact_rollup.amount_sum + excluded.amount_sum,"
                + " amount_min = least(fact_rollup.amount_min, excluded.amount_min),"
                + " amount_max = greatest(fact_rollup.amount_max, excluded.amount_max)");
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int at = 1;
            for (Map.Entry<Group, Totals> e : groups.entrySet()) {
                at = e.getKey().bindKey(s, at);
                at = e.getKey().bindColumns(s, at);
                at = bindTotals(s, at, e.getValue());
            }
            s.executeUpdate();
        }
    }

    /** H2, its writers taking turns: add to each row that exists, insert the others. */
    private static void updateOrInsert(Connection c, Map<Group, Totals> groups) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("update fact_rollup set facts = facts + ?, amount_sum = amount_sum + ?,"
                + " amount_min = least(amount_min, ?), amount_max = greatest(amount_max, ?) where " + KEY_MATCH);
                PreparedStatement i = c.prepareStatement("insert into fact_rollup (" + COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Group, Totals> e : groups.entrySet()) {
                Totals t = e.getValue();
                bindTotals(u, 1, t);
                e.getKey().bindKey(u, 5);
                if (u.executeUpdate() == 0) {
                    int at = e.getKey().bindKey(i, 1);
                    at = e.getKey().bindColumns(i, at);
                    bindTotals(i, at, t);
                    i.executeUpdate();
                }
            }
        }
    }

    private static int bindTotals(PreparedStatement s, int at, Totals t) throws SQLException {
        s.setLong(at++, t.facts());
        s.setBigDecimal(at++, t.sum());
        s.setBigDecimal(at++, t.min());
        s.setBigDecimal(at++, t.max());
        return at;
    }

    private static final String ENTITY_KEY = "lookup_key, kind, language, k_category, k_unit";
    private static final String ENTITY_COLUMNS = ENTITY_KEY
            + ", category, unit, facts, amount_sum, amount_min, amount_max, last_end, last_end_id";
    private static final String ENTITY_MATCH = "lookup_key = ? and kind = ? and language = ? and k_category = ?"
            + " and k_unit = ?";
    private static final String ENTITY_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows one PostgreSQL upsert writes at most (13 parameters a row; a statement takes 32 767). */
    private static final int UPSERT_ROWS = 1_000;

    /** The facts of one entity lookup key with one kind, language, category and unit: one row of V14. */
    record EntityGroup(String entity, String kind, String language, String category, String unit) {

        static final Comparator<EntityGroup> ORDER = Comparator.comparing(EntityGroup::entity)
                .thenComparing(EntityGroup::kind).thenComparing(EntityGroup::language)
                .thenComparing(g -> Group.key(g.category)).thenComparing(g -> Group.key(g.unit));

        static EntityGroup of(String entity, Fact f) {
            return new EntityGroup(entity, f.kind.name(), f.language, f.category == null ? null : f.category.name(), f.unit);
        }

        int bindKey(PreparedStatement s, int at) throws SQLException {
            s.setString(at++, entity);
            s.setString(at++, kind);
            s.setString(at++, language);
            s.setString(at++, Group.key(category));
            s.setString(at++, Group.key(unit));
            return at;
        }
    }

    /** {@link Totals} with the latest period end and the newest fact id with that end (no end: the newest fact). */
    record EntityTotals(long facts, BigDecimal sum, BigDecimal min, BigDecimal max, LocalDate lastEnd, long lastEndId) {

        static EntityTotals of(Fact f) {
            return new EntityTotals(1, f.amount, f.amount, f.amount, f.periodEnd, f.id);
        }

        EntityTotals plus(EntityTotals o) {
            LocalDate end = lastEnd;
            long id = lastEndId;
            if (Objects.equals(lastEnd, o.lastEnd)) {
                id = Math.max(lastEndId, o.lastEndId);
            } else if (lastEnd == null || (o.lastEnd != null && o.lastEnd.isAfter(lastEnd))) {
                end = o.lastEnd;
                id = o.lastEndId;
            }
            return new EntityTotals(facts + o.facts, sum.add(o.sum), min.min(o.min), max.max(o.max), end, id);
        }

        int bind(PreparedStatement s, int at) throws SQLException {
            s.setLong(at++, facts);
            s.setBigDecimal(at++, sum);
            s.setBigDecimal(at++, min);
            s.setBigDecimal(at++, max);
            s.setDate(at++, lastEnd == null ? null : Date.valueOf(lastEnd));
            s.setLong(at++, lastEndId);
            return at;
        }
    }

    /** The entity groups of a document's counted facts, in {@link EntityGroup#ORDER}. */
    private static List<EntityGroup> entityGroupsOf(Connection c, long documentId) throws SQLException {
        List<EntityGroup> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select distinct k.lookup_key, f.kind, f.language, f.category, f.unit"
                + " from fact f join fact_entity_key k on k.fact_id = f.id"
                + " where f.document_id = ? and f.same_as is null and f.range_of is null")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new EntityGroup(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
        }
        out.sort(EntityGroup.ORDER);
        return out;
    }

    /** An entity group's row from the facts that remain: updated, or deleted when none remains. */
    private static void recompute(Connection c, EntityGroup g) throws SQLException {
        String where = " from fact where kind = ? and language = ? and same_as is null and range_of is null"
                + (g.category() == null ? " and category is null" : " and category = ?")
                + (g.unit() == null ? " and unit is null" : " and unit = ?")
                + " and id in (select fact_id from fact_entity_key where lookup_key = ?)";
        EntityTotals totals = null;
        try (PreparedStatement s = c.prepareStatement("select count(*), sum(amount), min(amount), max(amount),"
                + " max(period_end)" + where)) {
            bindFacts(s, g);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && r.getLong(1) > 0) {
                    totals = new EntityTotals(r.getLong(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4),
                            date(r.getDate(5)), 0);
                }
            }
        }
        if (totals == null) {
            try (PreparedStatement d = c.prepareStatement("delete from fact_entity_rollup where " + ENTITY_MATCH)) {
                g.bindKey(d, 1);
                d.executeUpdate();
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement("select max(id)" + where
                + (totals.lastEnd() == null ? " and period_end is null" : " and period_end = ?"))) {
            int at = bindFacts(s, g);
            if (totals.lastEnd() != null) {
                s.setDate(at, Date.valueOf(totals.lastEnd()));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                totals = new EntityTotals(totals.facts(), totals.sum(), totals.min(), totals.max(), totals.lastEnd(),
                        r.getLong(1));
            }
        }
        try (PreparedStatement u = c.prepareStatement("update fact_entity_rollup set facts = ?, amount_sum = ?,"
                + " amount_min = ?, amount_max = ?, last_end = ?, last_end_id = ? where " + ENTITY_MATCH)) {
            g.bindKey(u, totals.bind(u, 1));
            u.executeUpdate();
        }
    }

    /** Binds the parameters of {@link #recompute(Connection, EntityGroup)}'s condition; returns the next index. */
    private static int bindFacts(PreparedStatement s, EntityGroup g) throws SQLException {
        int at = 1;
        s.setString(at++, g.kind());
        s.setString(at++, g.language());
        if (g.category() != null) {
            s.setString(at++, g.category());
        }
        if (g.unit() != null) {
            s.setString(at++, g.unit());
        }
        s.setString(at++, g.entity());
        return at;
    }

    /**
     * PostgreSQL: the document's entity rows in statements of at most {@link #UPSERT_ROWS}; a row that exists is
     * added to under its row lock (the right-hand sides read the row as it was).
     */
    private static void upsertEntities(Connection c, List<Map.Entry<EntityGroup, EntityTotals>> rows) throws SQLException {
        String t = "fact_entity_rollup";
        for (int from = 0; from < rows.size(); from += UPSERT_ROWS) {
            List<Map.Entry<EntityGroup, EntityTotals>> chunk = rows.subList(from, Math.min(rows.size(), from + UPSERT_ROWS));
            StringBuilder sql = new StringBuilder("insert into " + t + " (" + ENTITY_COLUMNS + ") values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(ENTITY_ROW);
            }
            sql.append(" on conflict (" + ENTITY_KEY + ") do update set facts = " + t + ".facts + excluded.facts,"
                    + " amount_sum = " + t + ".amount_sum + excluded.amount_sum,"
                    + " amount_min = least(" + t + ".amount_min, excluded.amount_min),"
                    + " amount_max = greatest(" + t + ".amount_max, excluded.amount_max),"
                    + " last_end = greatest(" + t + ".last_end, excluded.last_end),"
                    + " last_end_id = case when " + t + ".last_end is not distinct from excluded.last_end"
                    + " then greatest(" + t + ".last_end_id, excluded.last_end_id)"
                    + " when " + t + ".last_end is null or excluded.last_end > " + t + ".last_end"
                    + " then excluded.last_end_id else " + t + ".last_end_id end");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int at = 1;
                for (Map.Entry<EntityGroup, EntityTotals> e : chunk) {
                    at = e.getKey().bindKey(s, at);
                    s.setString(at++, e.getKey().category());
                    s.setString(at++, e.getKey().unit());
                    at = e.getValue().bind(s, at);
                }
                s.executeUpdate();
            }
        }
    }

    /** H2, its writers taking turns: each row read, added to in Java and written back, or inserted. */
    private static void updateOrInsertEntities(Connection c, Map<EntityGroup, EntityTotals> groups) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("select facts, amount_sum, amount_min, amount_max, last_end,"
                + " last_end_id from fact_entity_rollup where " + ENTITY_MATCH);
                PreparedStatement u = c.prepareStatement("update fact_entity_rollup set facts = ?, amount_sum = ?,"
                        + " amount_min = ?, amount_max = ?, last_end = ?, last_end_id = ? where " + ENTITY_MATCH);
                PreparedStatement i = c.prepareStatement("insert into fact_entity_rollup (" + ENTITY_COLUMNS + ")"
                        + " values " + ENTITY_ROW)) {
            for (Map.Entry<EntityGroup, EntityTotals> e : groups.entrySet()) {
                EntityGroup g = e.getKey();
                EntityTotals existing = null;
                g.bindKey(read, 1);
                try (ResultSet r = read.executeQuery()) {
                    if (r.next()) {
                        existing = new EntityTotals(r.getLong(1), r.getBigDecimal(2), r.getBigDecimal(3),
                                r.getBigDecimal(4), date(r.getDate(5)), r.getLong(6));
                    }
                }
                if (existing != null) {
                    g.bindKey(u, existing.plus(e.getValue()).bind(u, 1));
                    u.executeUpdate();
                } else {
                    int at = g.bindKey(i, 1);
                    i.setString(at++, g.category());
                    i.setString(at++, g.unit());
                    e.getValue().bind(i, at);
                    i.executeUpdate();
                }
            }
        }
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
