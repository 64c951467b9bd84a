package org.econfacts.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.fact.LikePattern;
import org.econfacts.fact.PageView;
import java.util.Optional;

/** All queries on documents. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public Optional<Document> findByHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** Documents whose title or text contains {@code q} (case-insensitive) and published in [from, to]. */
    public PageView<Document> search(String q, LocalDate from, LocalDate to, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (q != null) {
            where.add("(lower(title) like :q" + LikePattern.ESCAPE_CLAUSE + " or lower(text) like :q"
                    + LikePattern.ESCAPE_CLAUSE + ")");
            params.and("q", LikePattern.containing(q));
        }
        if (from != null) {
            where.add("publishedAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("publishedAt <= :to");
            params.and("to", to);
        }
        Sort sort = Sort.by("createdAt").descending().and("id").descending();
        var query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
        return new PageView<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }

    /** The document, locked for update until the transaction ends (null when there is none). */
    public Document lockById(long id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).orElse(null);
    }

    /** Ids of all documents, oldest first (re-extraction walks them). */
    public List<Long> allIds() {
        return getEntityManager().createQuery("select d.id from Document d order by d.id", Long.class).getResultList();
    }

    /** Removes a document; the database cascades to its facts and their entities. */
    public boolean remove(long id) {
        return getEntityManager().createQuery("delete from Document d where d.id = :id")
                .setParameter("id", id).executeUpdate() > 0;
    }
}
