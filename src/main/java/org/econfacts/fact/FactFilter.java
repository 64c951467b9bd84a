package org.econfacts.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HQL condition of a fact search, on entity alias {@code f}, with named parameters only: every
 * value the caller sent travels as a parameter, never as text of the query. Shared by search,
 * export, summary and time series so that a filter means the same everywhere.
 */
public record FactFilter(String where, Map<String, Object> params, boolean entityOnly) {

    public static FactFilter of(FactQuery q) {
        // one row per fact and lower-cased name or mention of its entities (V8): one indexed equality
        return of(q, "f.id in (select k.factId from FactEntityKey k where k.lookupKey = :entity)");
    }

    /**
     * The same condition on an entity rollup row ({@link FactEntityRollup}), whose lookup key is a column of the row.
     * Only for what {@link FactAggregateRepository#entityRollupsServe} accepts.
     */
    static FactFilter ofRollups(FactQuery q) {
        return of(q, "f.lookupKey = :entity");
    }

    private static FactFilter of(FactQuery q, String entityClause) {
        List<String> w = new ArrayList<>();
        Map<String, Object> p = new LinkedHashMap<>();
        add(w, p, q.kind(), "f.kind = :kind", "kind");
        if (q.currency() != null) {
            w.add("f.kind = org.econfacts.normalization.FigureKind.MONEY and f.unit = :currency");
            p.put("currency", q.currency());
        }
        add(w, p, q.unit(), "f.unit = :unit", "unit");
        add(w, p, q.language(), "f.language = :language", "language");
        add(w, p, q.documentId(), "f.documentId = :documentId", "documentId");
        add(w, p, q.from(), "f.periodEnd >= :from", "from");
        add(w, p, q.to(), "f.periodStart <= :to", "to");
        add(w, p, q.minValue(), "f.amount >= :minValue", "minValue");
        add(w, p, q.maxValue(), "f.amount <= :maxValue", "maxValue");
        add(w, p, q.category(), "f.category = :category", "category");
        add(w, p, q.period(), "f.periodLabel = :period", "period");
        add(w, p, q.approximation(), "f.approximation = :approximation", "approximation");
        if (q.change() != null) {
            if (q.change().equals("NONE")) {
                w.add("f.changeDirection is null");
            } else {
                w.add("f.changeDirection = :change");
                p.put("change", org.econfacts.normalization.Change.Direction.valueOf(q.change()));
            }
        }
        if (q.entity() != null) {
            w.add(entityClause);
            p.put("entity", FactEntity.key(q.entity()));
        }
        if (q.subject() != null) {
            w.add("lower(f.subject) like :subject" + LikePattern.ESCAPE_CLAUSE);
            p.put("subject", LikePattern.containing(q.subject()));
        }
        if (q.text() != null) {
            w.add("(lower(f.subject) like :text" + LikePattern.ESCAPE_CLAUSE + " or lower(f.sentence) like :text"
                    + LikePattern.ESCAPE_CLAUSE + ")");
            p.put("text", LikePattern.containing(q.text()));
        }
        if (Boolean.TRUE.equals(q.hasDiscrepancy())) {
            w.add("(" + NO_TWIN + " or " + TWIN_DIFFERS + ")");
        } else if (Boolean.FALSE.equals(q.hasDiscrepancy())) {
            w.add("not (" + NO_TWIN + " or " + TWIN_DIFFERS + ")");
        }
        // an entity alone: its matches can be counted in fact_entity_key without reading fact
        boolean entityOnly = w.size() == 1 && q.entity() != null;
        return new FactFilter(w.isEmpty() ? "1 = 1" : String.join(" and ", w), p, entityOnly);
    }

    /** A fact of a bilingual document with no twin in the other language. */
    private static final String NO_TWIN = "(f.twinId is null and exists (select 1 from Document d where d.id = f.documentId"
            + " and d.language like '%+%'))";

    /** A fact whose twin says something else (value, approximation, change or period). */
    private static final String TWIN_DIFFERS = "exists (select 1 from Fact t where t.id = f.twinId and ("
            + "t.amount <> f.amount or t.approximation <> f.approximation"
            + " or coalesce(t.periodLabel, '-') <> coalesce(f.periodLabel, '-')"
            + " or (t.changeDirection is null and f.changeDirection is not null)"
            + " or (t.changeDirection is not null and f.changeDirection is null)"
            + " or t.changeDirection <> f.changeDirection))";

    private static void add(List<String> where, Map<String, Object> params, Object value, String condition, String name) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}
