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
 * language, period), the sums are read from them, a few rows a group, instead of from every fact.
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
     * (category, kind, unit or currency, language, period; an entity filter reads the entity rollups, V14). Any
     * other filter (document, value, text, qualifiers) or a grouping by entity needs the facts themselves.
     */
    static boolean rollupsServe(List<String> groupBy, FactQuery q) {
        return ROLLUP_DIMENSIONS.containsAll(groupBy) && q.documentId() == null && q.minValue() == null
                && q.maxValue() == null && q.text() == null && q.approximation() == null
                && q.change() == null && q.subject() == null && q.hasDiscrepancy() == null;
    }

    /** The rollup rows a query reads: one entity's ({@link FactEntityRollup}), else all ({@link FactRollup}). */
    private static String rollupsOf(FactQuery q) {
        return q.entity() != null ? "FactEntityRollup" : "FactRollup";
    }

    public List<SummaryView.Group> summary(List<String> groupBy, FactQuery q, int limit) {
        return summary(groupBy, q, limit, rollupsServe(groupBy, q));
    }

    /** @param fromRollups read the rollup rows (only where {@link #rollupsServe} says they can), else the facts */
    List<SummaryView.Group> summary(List<String> groupBy, FactQuery q, int limit, boolean fromRollups) {
        FactFilter filter = fromRollups ? FactFilter.ofRollups(q) : FactFilter.of(q);
        List<String> exprs = groupBy.stream().map(DIMENSIONS::get).toList();
        String keys = String.join(", ", exprs);
        boolean entityJoin = groupBy.contains("entity");
        String from = "from Fact f" + (entityJoin ? " join FactEntity e on e.factId = f.id" : "");
        String where = " where " + filter.where() + COUNTED;
        String hql = fromRollups
                ? "select " + keys + ", f.kind, f.unit, sum(f.facts), sum(f.amountSum), min(f.amountMin),"
                        + " max(f.amountMax), max(f.periodEnd) from " + rollupsOf(q) + " f where " + filter.where()
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
                    fromRollups ? latestFromRollups(rollupsOf(q), filter, exprs, row, kind, unit, (LocalDate) row[n + 6])
                            : latest(from, where, filter, exprs, row, kind, unit, (LocalDate) row[n + 6])));
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
     * {@link #latest} from the rollup rows: the newest fact id of the group's rows with its latest period end (each
     * row keeps its newest id), then that one fact by id.
     */
    private SummaryView.Latest latestFromRollups(String rollups, FactFilter filter, List<String> exprs, Object[] row,
            FigureKind kind, String unit, LocalDate lastEnd) {
        StringBuilder cond = new StringBuilder(filter.where()).append(" and f.kind = :gKind and f.unit = :gUnit")
                .append(lastEnd == null ? " and f.periodEnd is null" : " and f.periodEnd = :gEnd");
        for (int i = 0; i < exprs.size(); i++) {
            cond.append(" and ").append(exprs.get(i)).append(row[i] == null ? " is null" : " = :g" + i);
        }
        var query = em.createQuery("select max(f.latestId) from " + rollups + " f where " + cond, Long.class);
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
        Long id = query.getSingleResult();
        if (id == null) {
            return null;
        }
        List<Object[]> hit = em.createQuery("select f.amount, f.periodLabel from Fact f where f.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        return hit.isEmpty() ? null : new SummaryView.Latest((String) hit.get(0)[1], strip((BigDecimal) hit.get(0)[0]), id);
    }

    public List<TimeseriesView.Point> timeseries(String granularity, FactQuery q) {
        return timeseries(granularity, q, rollupsServe(List.of(), q));
    }

    /** @param fromRollups read the rollup rows (only where {@link #rollupsServe} says they can), else the facts */
    List<TimeseriesView.Point> timeseries(String granularity, FactQuery q, boolean fromRollups) {
        FactFilter filter = fromRollups ? FactFilter.ofRollups(q) : FactFilter.of(q);
        String hql = (fromRollups
                ? "select f.periodLabel, min(f.periodStart), max(f.periodEnd), f.kind, f.unit, sum(f.facts),"
                        + " sum(f.amountSum), min(f.amountMin), max(f.amountMax) from " + rollupsOf(q) + " f where " + filter.where()
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
