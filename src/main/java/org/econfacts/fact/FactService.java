package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
        return new PageView<>(page.items().stream().map(FactMapper::toView).toList(), page.page(), page.size(), page.total());
    }
}
