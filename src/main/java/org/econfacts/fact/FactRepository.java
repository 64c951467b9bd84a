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
