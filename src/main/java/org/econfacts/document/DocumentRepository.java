package org.econfacts.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** All queries on documents. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public Optional<Document> findByHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    public List<Document> page(int page, int size) {
        return findAll(Sort.by("createdAt").descending().and("id").descending()).page(Page.of(page, size)).list();
    }
}
