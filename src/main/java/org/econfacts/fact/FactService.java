package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Read use cases on stored facts. */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;

    public FactService(FactRepository facts) {
        this.facts = facts;
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

    /** Entities with their fact counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntityCountView> entities(String q, int page, int size) {
        return facts.entityCounts(q, page, size).stream()
                .map(r -> new EntityCountView((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
