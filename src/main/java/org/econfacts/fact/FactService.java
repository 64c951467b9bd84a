package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Read use cases on stored facts. */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;
    private final FactAggregateRepository aggregates;

    public FactService(FactRepository facts, FactAggregateRepository aggregates) {
        this.facts = facts;
        this.aggregates = aggregates;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<FactView> search(FactQuery query) {
        PageView<Fact> page = facts.search(query);
        return new PageView<>(views(page.items()), page.page(), page.size(), page.total());
    }

    /** Views of stored facts, with their entities (one query for all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FactView> views(List<Fact> stored) {
        Map<Long, List<FactEntity>> entities = facts.entitiesOf(stored.stream().map(f -> f.id).toList());
        return stored.stream().map(f -> FactMapper.toView(f, entities.getOrDefault(f.id, List.of()))).toList();
    }

    /** Writes every fact matching {@code query} (ignoring its paging), batch by batch, each in a short read. */
    public void export(FactQuery query, FactExport export) throws java.io.IOException {
        export.header();
        long after = 0;
        while (true) {
            long from = after;
            List<FactView> batch = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> views(facts.batchAfter(query, from, EXPORT_BATCH)));
            if (batch.isEmpty()) {
                return;
            }
            export.write(batch);
            after = batch.get(batch.size() - 1).id();
        }
    }

    private static final int EXPORT_BATCH = 1000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView summary(List<String> groupBy, FactQuery query) {
        return new SummaryView(groupBy, aggregates.summary(groupBy, query, MAX_GROUPS));
    }

    private static final int MAX_GROUPS = 500;

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeseriesView timeseries(String granularity, FactQuery query) {
        return new TimeseriesView(granularity, aggregates.timeseries(granularity, query));
    }

    /** Entities with their fact counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntityCountView> entities(String q, int page, int size) {
        return facts.entityCounts(q, page, size).stream()
                .map(r -> new EntityCountView((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
