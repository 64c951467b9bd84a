package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.econfacts.normalization.FigureKind;

/**
 * Aggregates over facts for dashboards. Every group also splits by kind and unit, so a sum only ever
 * adds like to like (never CNY to USD); percentages are not summed at all. Repeated mentions
 * ({@code sameAs}) and the upper ends of ranges ({@code rangeOf}) are left out so nothing is counted twice.
 * Where every filter and grouping is a column of the rollups ({@link FactRollups}: category, kind, unit,
 * language, period), the sums are read from them, a few rows a group, instead of from every fact; a summary of one
 * entity that neither groups nor filters by period, from the entity rollups.
 */
@ApplicationScoped
public class FactAggregateRepository {

    /** Grouping dimensions the API accepts, and the HQL expression of each. */
    static final Map<String, String> DIMENSIONS = Map.of(
            "category", "f.category", "period", "f.periodLabel", "currency", "f.unit", "unit", "f.unit",
            "entity", "e.name", "document", "f.documentId", "language", "f.language", "kind", "f.kind");

    /** Period labels of each granularity, as LIKE patterns (exclusions keep H1/Q1 out of months). */
    public static final Map<String, String> GRANULARITY = Map.of(
            "year", "f.periodLabel like '____'",
            "half", "f.periodLabel like '____-H_'",
            "quarter", "f.periodLabel like '____-Q_'",
            "month", "f.periodLabel like '____-__' and f.periodLabel not like '____-H_' and f.periodLabel not like '____-Q_'");

    /** Only the facts that are counted: no repeat, no upper end of a range. */
    static final String COUNTED = " and f.sameAs is null and f.rangeOf is null";

    private final EntityManager em;

    public FactAggregateRepository(EntityManager em) {
        this.em = em;
    }

    /** Dimensions a rollup row ({@link FactRollup}) has. */
    private static final java.util.Set<String> ROLLUP_DIMENSIONS =
            java.util.Set.of("category", "period", "currency", "unit", "language", "kind");

    /**
     * Whether the rollups can answer: every grouping dimension and every filter is a column of a rollup row
     * (category, kind, unit or currency, language, period). Any other filter (entity, document, value, text,
     * qualifiers) needs the facts themselves.
     */
    static boolean rollupsServe(List<String> groupBy, FactQuery q) {
        return ROLLUP_DIMENSIONS.containsAll(groupBy) && q.documentId() == null && q.minValue() == null
                && q.maxValue() == null && q.text() == null && q.entity() == null && q.approximation() == null
                && q.change() == null && q.subject() == null && q.hasDiscrepancy() == null;
    }

    /** Dimensions an entity rollup row ({@link FactEntityRollup}) has. */
    private static final java.util.Set<String> ENTITY_ROLLUP_DIMENSIONS =
            java.util.Set.of("category", "currency", "unit", "language", "kind");

    /**
     * Whether the entity rollups can answer a summary: an entity filter, and every other filter and grouping a column
     * of an entity rollup row (category, kind, unit or currency, language: no period).
     */
    static boolean entityRollupsServe(List<String> groupBy, FactQuery q) {
        return q.entity() != null && ENTITY_ROLLUP_DIMENSIONS.containsAll(groupBy) && q.from() == null && q.to() == null
                && q.period() == null && q.documentId() == null && q.minValue() == null && q.maxValue() == null
                && q.text() == null && q.approximation() == null && q.change() == null && q.subject() == null
                && q.hasDiscrepancy() == null;
    }

    /** What a summary reads. */
    enum Source { FACTS, ROLLUPS, ENTITY_ROLLUPS }

    public List<SummaryView.Group> summary(List<String> groupBy, FactQuery q, int limit) {
        Source source = rollupsServe(groupBy, q) ? Source.ROLLUPS
                : entityRollupsServe(groupBy, q) ? Source.ENTITY_ROLLUPS : Source.FACTS;
        return summary(groupBy, q, limit, source);
    }

    /** @param source where to read (the rollups only where {@link #rollupsServe} or {@link #entityRollupsServe} say so) */
    List<SummaryView.Group> summary(List<String> groupBy, FactQuery q, int limit, Source source) {
        if (source == Source.ENTITY_ROLLUPS) {
            return entitySummary(groupBy, q, limit);
        }
        boolean fromRollups = source == Source.ROLLUPS;
        FactFilter filter = FactFilter.of(q);
        List<String> exprs = groupBy.stream().map(DIMENSIONS::get).toList();
        String keys = String.join(", ", exprs);
        boolean entityJoin = groupBy.contains("entity");
        String from = "from Fact f" + (entityJoin ? " join FactEntity e on e.factId = f.id" : "");
        String where = " where " + filter.where() + COUNTED;
        String hql = fromRollups
                ? "select " + keys + ", f.kind, f.unit, sum(f.facts), sum(f.amountSum), min(f.amountMin),"
                        + " max(f.amountMax), max(f.periodEnd) from FactRollup f where " + filter.where()
                        + " group by " + keys + ", f.kind, f.unit order by sum(f.facts) desc, " + keys + ", f.kind, f.unit"
                : "select " + keys + ", f.kind, f.unit, count(f), sum(f.amount), min(f.amount), max(f.amount),"
                        + " max(f.periodEnd) " + from + where + " group by " + keys + ", f.kind, f.unit order by count(f) desc, " + keys + ", f.kind, f.unit";
        var query = em.createQuery(hql, Object[].class);
        filter.params().forEach(query::setParameter);
        List<SummaryView.Group> groups = new ArrayList<>();
        for (Object[] row : query.setMaxResults(limit).getResultList()) {
            int n = groupBy.size();
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                key.put(groupBy.get(i), row[i] instanceof Enum<?> e ? e.name() : row[i]);
            }
            FigureKind kind = (FigureKind) row[n];
            String unit = (String) row[n + 1];
            BigDecimal sum = kind == FigureKind.PERCENT ? null : strip((BigDecimal) row[n + 3]);
            groups.add(new SummaryView.Group(key, kind, unit, ((Number) row[n + 2]).longValue(), sum,
                    strip((BigDecimal) row[n + 4]), strip((BigDecimal) row[n + 5]),
                    latest(from, where, filter, exprs, row, kind, unit, (LocalDate) row[n + 6])));
        }
        return groups;
    }

    /**
     * The fact of a group with the latest period (or the newest, when none has a period): the newest of those whose
     * period ends on {@code lastEnd}, the group's latest period end from the aggregate (null: none has a period).
     * Looking for that one end is a seek in (kind, unit, period_end, id); ordering the whole group by period walked
     * it from the newest end and tested the filter on each fact, seconds for a selective filter such as a rare entity.
     */
    private SummaryView.Latest latest(String from, String where, FactFilter filter, List<String> exprs, Object[] row,
            FigureKind kind, String unit, LocalDate lastEnd) {
        StringBuilder cond = new StringBuilder(where).append(" and f.kind = :gKind and f.unit = :gUnit")
                .append(lastEnd == null ? " and f.periodEnd is null" : " and f.periodEnd = :gEnd");
        for (int i = 0; i < exprs.size(); i++) {
            cond.append(" and ").append(exprs.get(i)).append(row[i] == null ? " is null" : " = :g" + i);
        }
        var query = em.createQuery("select f.amount, f.periodLabel, f.id " + from + cond
                + " order by f.id desc", Object[].class);
        filter.params().forEach(query::setParameter);
        query.setParameter("gKind", kind).setParameter("gUnit", unit);
        if (lastEnd != null) {
            query.setParameter("gEnd", lastEnd);
        }
        for (int i = 0; i < exprs.size(); i++) {
            if (row[i] != null) {
                query.setParameter("g" + i, row[i]);
            }
        }
        List<Object[]> hit = query.setMaxResults(1).getResultList();
        return hit.isEmpty() ? null
                : new SummaryView.Latest((String) hit.get(0)[1], strip((BigDecimal) hit.get(0)[0]), (Long) hit.get(0)[2]);
    }

    /**
     * A summary of one entity from {@code fact_entity_rollup}: the groups' totals, then in one query each group's rows
     * with their latest period end and newest fact there (the group's latest fact is the newest of the rows with its
     * latest end), then those facts by id.
     */
    private List<SummaryView.Group> entitySummary(List<String> groupBy, FactQuery q, int limit) {
        FactFilter filter = FactFilter.ofRollups(q);
        String keys = String.join(", ", groupBy.stream().map(DIMENSIONS::get).toList());
        String grouped = " from FactEntityRollup f where " + filter.where() + " group by " + keys + ", f.kind, f.unit";
        var totals = em.createQuery("select " + keys + ", f.kind, f.unit, sum(f.facts), sum(f.amountSum),"
                + " min(f.amountMin), max(f.amountMax), max(f.lastEnd)" + grouped
                + " order by sum(f.facts) desc, " + keys + ", f.kind, f.unit", Object[].class);
        var ends = em.createQuery("select " + keys + ", f.kind, f.unit, f.lastEnd, max(f.lastEndId)" + grouped
                + ", f.lastEnd", Object[].class);
        filter.params().forEach(totals::setParameter);
        filter.params().forEach(ends::setParameter);
        int n = groupBy.size();
        Map<List<Object>, Map<LocalDate, Long>> newestByEnd = new java.util.HashMap<>();
        for (Object[] r : ends.getResultList()) {
            newestByEnd.computeIfAbsent(java.util.Arrays.asList(r).subList(0, n + 2), k -> new java.util.HashMap<>())
                    .put((LocalDate) r[n + 2], (Long) r[n + 3]);
        }
        List<Object[]> rows = totals.setMaxResults(limit).getResultList();
        Map<Long, Object[]> latest = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            Long id = newestByEnd.getOrDefault(java.util.Arrays.asList(row).subList(0, n + 2), Map.of()).get((LocalDate) row[n + 6]);
            ids.add(id);
        }
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            em.createQuery("select f.id, f.amount, f.periodLabel from Fact f where f.id in :ids", Object[].class)
                    .setParameter("ids", wanted).getResultList().forEach(r -> latest.put((Long) r[0], r));
        }
        List<SummaryView.Group> groups = new ArrayList<>();
        for (int j = 0; j < rows.size(); j++) {
            Object[] row = rows.get(j);
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                key.put(groupBy.get(i), row[i] instanceof Enum<?> e ? e.name() : row[i]);
            }
            FigureKind kind = (FigureKind) row[n];
            Object[] fact = latest.get(ids.get(j));
            groups.add(new SummaryView.Group(key, kind, (String) row[n + 1], ((Number) row[n + 2]).longValue(),
                    kind == FigureKind.PERCENT ? null : strip((BigDecimal) row[n + 3]), strip((BigDecimal) row[n + 4]),
                    strip((BigDecimal) row[n + 5]), fact == null ? null
                            : new SummaryView.Latest((String) fact[2], strip((BigDecimal) fact[1]), (Long) fact[0])));
        }
        return groups;
    }

    public List<TimeseriesView.Point> timeseries(String granularity, FactQuery q) {
        return timeseries(granularity, q, rollupsServe(List.of(), q));
    }

    /** @param fromRollups read the rollup rows (only where {@link #rollupsServe} says they can), else the facts */
    List<TimeseriesView.Point> timeseries(String granularity, FactQuery q, boolean fromRollups) {
        FactFilter filter = FactFilter.of(q);
        String hql = (fromRollups
                ? "select f.periodLabel, min(f.periodStart), max(f.periodEnd), f.kind, f.unit, sum(f.facts),"
                        + " sum(f.amountSum), min(f.amountMin), max(f.amountMax) from FactRollup f where " + filter.where()
                : "select f.periodLabel, min(f.periodStart), max(f.periodEnd), f.kind, f.unit, count(f),"
                        + " sum(f.amount), min(f.amount), max(f.amount) from Fact f where " + filter.where() + COUNTED)
                + " and " + GRANULARITY.get(granularity)
                + " group by f.periodLabel, f.kind, f.unit order by f.periodLabel, f.kind, f.unit";
        var query = em.createQuery(hql, Object[].class);
        filter.params().forEach(query::setParameter);
        return query.setMaxResults(10_000).getResultList().stream().map(r -> {
            FigureKind kind = (FigureKind) r[3];
            return new TimeseriesView.Point((String) r[0], (LocalDate) r[1], (LocalDate) r[2], kind, (String) r[4],
                    ((Number) r[5]).longValue(), kind == FigureKind.PERCENT ? null : strip((BigDecimal) r[6]),
                    strip((BigDecimal) r[7]), strip((BigDecimal) r[8]));
        }).toList();
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
