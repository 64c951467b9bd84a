package org.econfacts.statistic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.econfacts.fact.Fact;
import org.econfacts.fact.FactAggregateRepository;
import org.econfacts.fact.FactFilter;
import org.econfacts.fact.FactQuery;

/**
 * Statistics are the facts that share a {@code statisticId}: these queries group the facts a filter selects by
 * it (the same filters as a fact search, {@link FactFilter}) and load every report of the statistics asked for.
 */
@ApplicationScoped
public class StatisticRepository {

    /** How many ids go into one {@code in} list. */
    private static final int CHUNK = 1000;

    private final EntityManager em;

    public StatisticRepository(EntityManager em) {
        this.em = em;
    }

    /** A fact with what its document says about when it was published (the reference date when undated). */
    public record Report(Fact fact, String title, LocalDate published) {}

    /** Statistics with a matching fact, in {@code order} (ties by id). */
    public List<String> page(FactQuery q, StatisticOrder order, int offset, int limit) {
        FactFilter filter = FactFilter.of(q);
        var query = em.createQuery("select f.statisticId from Fact f" + (order.needsDocument() ? ", Document d" : "")
                + " where " + filter.where() + (order.needsDocument() ? " and d.id = f.documentId" : "")
                + " and f.statisticId is not null group by f.statisticId order by " + order.sql() + ", f.statisticId", String.class);
        filter.params().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(FactQuery q) {
        FactFilter filter = FactFilter.of(q);
        var query = em.createQuery("select count(distinct f.statisticId) from Fact f where " + filter.where()
                + " and f.statisticId is not null", Long.class);
        filter.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Of these statistics, those whose reports give more than one value: those that may disagree. */
    public List<String> disagreeing(List<String> statisticIds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < statisticIds.size(); i += CHUNK) {
            var query = em.createQuery("select f.statisticId from Fact f where f.statisticId in :ids group by f.statisticId"
                    + " having count(distinct f.amount) > 1 or count(distinct f.changeDirection) > 1", String.class);
            query.setParameter("ids", statisticIds.subList(i, Math.min(statisticIds.size(), i + CHUNK)));
            out.addAll(query.getResultList());
        }
        return out;
    }

    /** Statistics with a matching fact whose period is exactly one year, half, quarter or month. */
    public List<String> ofGranularity(String granularity, FactQuery q, int cap) {
        FactFilter filter = FactFilter.of(q);
        var query = em.createQuery("select distinct f.statisticId from Fact f where " + filter.where()
                + " and f.statisticId is not null and f.rangeOf is null and "
                + FactAggregateRepository.GRANULARITY.get(granularity), String.class);
        filter.params().forEach(query::setParameter);
        return query.setMaxResults(cap).getResultList();
    }

    /** Every report of the statistics, oldest first. */
    public List<Report> reports(Collection<String> statisticIds) {
        List<String> ids = List.copyOf(statisticIds);
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            var query = em.createQuery("select f, d.title, coalesce(d.publishedAt, d.referenceDate) from Fact f, Document d"
                    + " where d.id = f.documentId and f.statisticId in :ids"
                    + " order by coalesce(d.publishedAt, d.referenceDate), f.id", Object[].class);
            query.setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)));
            for (Object[] r : query.getResultList()) {
                out.add(new Report((Fact) r[0], (String) r[1], (LocalDate) r[2]));
            }
        }
        return out;
    }
}
