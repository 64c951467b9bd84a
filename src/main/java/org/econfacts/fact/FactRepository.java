package org.econfacts.fact;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** All queries on facts. Filters become named parameters; sort keys come from a fixed list. */
@ApplicationScoped
public class FactRepository implements PanacheRepository<Fact> {

    public List<Fact> ofDocument(long documentId) {
        return list("documentId", Sort.by("spanStart").and("id"), documentId);
    }

    /** The entities of these facts, by fact id. */
    public Map<Long, List<FactEntity>> entitiesOf(List<Long> factIds) {
        if (factIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("from FactEntity e where e.factId in :ids order by e.id", FactEntity.class)
                .setParameter("ids", factIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.factId));
    }

    public void persistEntities(List<FactEntity> entities) {
        entities.forEach(e -> getEntityManager().persist(e));
    }

    /** Entities with how many facts mention them, most mentioned first. */
    public List<Object[]> entityCounts(String q, int page, int size) {
        String where = q == null ? "" : " where lower(e.name) like :q or lower(e.mention) like :q";
        var query = getEntityManager().createQuery(
                "select e.name, e.type, count(distinct e.factId) from FactEntity e" + where
                        + " group by e.name, e.type order by count(distinct e.factId) desc, e.name", Object[].class);
        if (q != null) {
            query.setParameter("q", "%" + q.toLowerCase() + "%");
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Number of facts per document id, for listings. */
    public Map<Long, Long> countByDocument(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager()
                .createQuery("select f.documentId, count(f) from Fact f where f.documentId in :ids group by f.documentId",
                        Object[].class)
                .setParameter("ids", documentIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    public PageView<Fact> search(FactQuery q) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", q.kind());
        }
        if (q.currency() != null) {
            where.add("kind = org.econfacts.normalization.FigureKind.MONEY and unit = :currency");
            params.put("currency", q.currency());
        }
        if (q.unit() != null) {
            where.add("unit = :unit");
            params.put("unit", q.unit());
        }
        if (q.language() != null) {
            where.add("language = :language");
            params.put("language", q.language());
        }
        if (q.documentId() != null) {
            where.add("documentId = :documentId");
            params.put("documentId", q.documentId());
        }
        if (q.from() != null) {
            where.add("periodEnd >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.add("periodStart <= :to");
            params.put("to", q.to());
        }
        if (q.minValue() != null) {
            where.add("amount >= :minValue");
            params.put("minValue", q.minValue());
        }
        if (q.maxValue() != null) {
            where.add("amount <= :maxValue");
            params.put("maxValue", q.maxValue());
        }
        if (q.category() != null) {
            where.add("category = :category");
            params.put("category", q.category());
        }
        if (q.entity() != null) {
            where.add("exists (select 1 from FactEntity e where e.factId = id"
                    + " and (lower(e.name) = :entity or lower(e.mention) = :entity))");
            params.put("entity", q.entity().toLowerCase());
        }
        if (q.text() != null) {
            where.add("(lower(subject) like :text or lower(sentence) like :text)");
            params.put("text", "%" + q.text().toLowerCase() + "%");
        }
        String hql = where.isEmpty() ? "" : String.join(" and ", where);
        Parameters parameters = new Parameters();
        params.forEach(parameters::and);
        PanacheQuery<Fact> query = hql.isEmpty() ? findAll(q.sort()) : find(hql, q.sort(), parameters);
        List<Fact> items = query.page(Page.of(q.page(), q.size())).list();
        return new PageView<>(items, q.page(), q.size(), query.count());
    }
}
