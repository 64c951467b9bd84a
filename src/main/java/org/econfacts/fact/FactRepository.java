package org.econfacts.fact;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Deletes a document's facts and their entities (before it is read again). */
    public void removeOfDocument(long documentId) {
        var em = getEntityManager();
        em.createQuery("delete from FactEntity e where e.factId in (select f.id from Fact f where f.documentId = :d)")
                .setParameter("d", documentId).executeUpdate();
        em.createQuery("delete from Fact f where f.documentId = :d").setParameter("d", documentId).executeUpdate();
    }

    /** Entities with how many facts mention them, most mentioned first. */
    public List<Object[]> entityCounts(String q, int page, int size) {
        String where = q == null ? "" : " where lower(e.name) like :q" + LikePattern.ESCAPE_CLAUSE
                + " or lower(e.mention) like :q" + LikePattern.ESCAPE_CLAUSE;
        var query = getEntityManager().createQuery(
                "select e.name, e.type, count(distinct e.factId) from FactEntity e" + where
                        + " group by e.name, e.type order by count(distinct e.factId) desc, e.name", Object[].class);
        if (q != null) {
            query.setParameter("q", LikePattern.containing(q));
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

    /**
     * A page of the facts matching {@code q}, and how many match, counted up to {@code maxExactTotal} or to the end
     * of the page asked for, whichever is further: beyond that the total is a lower bound ({@code totalExact}
     * false). A page that is not full needs no count at all.
     */
    public PageView<Fact> search(FactQuery q, int maxExactTotal) {
        FactFilter filter = FactFilter.of(q);
        var em = getEntityManager();
        var select = em.createQuery("select f from Fact f where " + filter.where() + orderBy(q.sort()), Fact.class);
        filter.params().forEach(select::setParameter);
        long offset = (long) q.page() * q.size();
        List<Fact> items = select.setFirstResult((int) offset).setMaxResults(q.size()).getResultList();
        if (items.size() < q.size() && (!items.isEmpty() || offset == 0)) {
            return new PageView<>(items, q.page(), q.size(), offset + items.size(), true);
        }
        long cap = Math.max(maxExactTotal, offset + q.size());
        // counts at most cap + 1 matches in the database (one more than the cap says that there are more); HQL wants
        // an order for a limited subquery: the page's own, so that the index that serves the page (category, id;
        // kind, unit, amount, id; …) answers the count too, often alone
        // (an entity alone is counted from its lookup keys: one row per fact, and every one of them a fact)
        var count = filter.entityOnly()
                ? em.createQuery("select count(*) from (select k.factId as id from FactEntityKey k"
                        + " where k.lookupKey = :entity order by k.factId limit " + (cap + 1) + ") matched", Long.class)
                : em.createQuery("select count(*) from (select f.id as id from Fact f where " + filter.where()
                        + orderBy(q.sort()) + " limit " + (cap + 1) + ") matched", Long.class);
        filter.params().forEach(count::setParameter);
        long n = count.getSingleResult();
        return n > cap ? new PageView<>(items, q.page(), q.size(), cap, false) : new PageView<>(items, q.page(), q.size(), n, true);
    }

    /** Facts matching {@code q} with id above {@code afterId}, by id: keyset pages for streaming exports. */
    public List<Fact> batchAfter(FactQuery q, long afterId, int limit) {
        FactFilter filter = FactFilter.of(q);
        var select = getEntityManager()
                .createQuery("select f from Fact f where " + filter.where() + " and f.id > :afterId order by f.id", Fact.class)
                .setParameter("afterId", afterId);
        filter.params().forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    /** ORDER BY from a whitelisted Panache Sort (its column names come from FactQueryParams). */
    static String orderBy(Sort sort) {
        StringBuilder b = new StringBuilder();
        for (Sort.Column c : sort.getColumns()) {
            b.append(b.length() == 0 ? " order by " : ", ")
                    .append("f.").append(c.getName())
                    .append(c.getDirection() == Sort.Direction.Descending ? " desc" : " asc")
                    .append(NULLABLE_SORT_KEYS.contains(c.getName()) ? " nulls last" : ""); // same order on H2 and PostgreSQL
        }
        return b.toString();
    }

    /**
     * Sort fields that can be null and so need {@code nulls last} for one order on both databases. The
     * others never hold null; leaving it off them lets PostgreSQL read an index backwards for a descending
     * sort ({@code desc} there means {@code nulls first}), e.g. (kind, unit, amount) for {@code -value}.
     */
    private static final java.util.Set<String> NULLABLE_SORT_KEYS = java.util.Set.of("periodStart");
}
