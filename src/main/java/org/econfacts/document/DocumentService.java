package org.econfacts.document;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.econfacts.api.DomainException;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.Deadline;
import org.econfacts.extraction.DocumentInput;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.ExtractionPipeline;
import org.econfacts.fact.FactMapper;
import org.econfacts.fact.FactRepository;
import org.econfacts.fact.FactService;
import org.econfacts.fact.FactView;
import org.econfacts.fact.PageView;
import org.econfacts.fact.SentenceExcerpt;
import org.econfacts.metrics.EconfactsMetrics;

/**
 * Use cases on documents. Extraction is CPU work and runs outside any transaction; the document and
 * its facts are then written in one short transaction, so a failure stores nothing half-done. The
 * same text (by SHA-256) is stored once, also under concurrent posts: the unique constraint decides
 * and the loser returns the winner's document.
 */
@ApplicationScoped
public class DocumentService {

    private final ExtractionPipeline pipeline;
    private final DocumentRepository documents;
    private final FactRepository facts;
    private final EconfactsConfig config;
    private final ExtractionWorkers workers;
    private final FactService factService;
    private final EconfactsMetrics metrics;

    public DocumentService(ExtractionPipeline pipeline, DocumentRepository documents, FactRepository facts,
            EconfactsConfig config, ExtractionWorkers workers, FactService factService, EconfactsMetrics metrics) {
        this.factService = factService;
        this.metrics = metrics;
        this.pipeline = pipeline;
        this.workers = workers;
        this.documents = documents;
        this.facts = facts;
        this.config = config;
    }

    public Ingested ingest(DocumentRequest submitted) {
        return ingest(submitted, this::extract);
    }

    /**
     * {@link #ingest(DocumentRequest)} with the reading step given: {@code read} gets the request as it will be
     * stored (after the dedupe lookup) and returns what was read from it. IngestBench passes extractions made
     * beforehand, so that it times the storage path alone.
     */
    public Ingested ingest(DocumentRequest submitted, Function<DocumentRequest, Extraction> read) {
        checkLength(submitted.text());
        DocumentRequest request = StorableText.of(submitted);
        String hash = sha256(request.text());
        Optional<DocumentView> existing = findByHash(hash);
        if (existing.isPresent()) {
            metrics.documentDeduplicated();
            return new Ingested(existing.get(), false);
        }
        Extraction extraction = read.apply(request);
        try {
            // the answer is made inside the writing transaction: once the commit has succeeded nothing
            // else may fail, or a client would be told 503 about a document that is stored
            DocumentView stored = QuarkusTransaction.requiringNew().call(() -> store(request, hash, extraction));
            Log.debugf("document %d stored with %d facts", stored.id().longValue(), extraction.findings().size());
            metrics.documentStored(extraction);
            return new Ingested(stored, true);
        } catch (RuntimeException e) {
            // a concurrent post of the same text won the unique constraint: answer with its document
            Optional<DocumentView> winner = findByHash(hash);
            if (winner.isPresent()) {
                metrics.documentDeduplicated();
                return new Ingested(winner.get(), false);
            }
            throw e;
        }
    }

    /** Reads a text without storing anything. */
    public List<FactView> preview(DocumentRequest request) {
        checkLength(request.text());
        DocumentRequest storable = StorableText.of(request);
        SentenceExcerpt.Locator sentences = new SentenceExcerpt.Locator(storable.text());
        return FactMapper.preview(extract(storable), sentences);
    }

    public DocumentView get(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Document d = documents.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("document", id));
            return DocumentMapper.toView(d, factsOf(id));
        });
    }

    public List<FactView> facts(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (documents.findByIdOptional(id).isEmpty()) {
                throw new DomainException.NotFound("document", id);
            }
            return factsOf(id);
        });
    }

    /** Where the two languages of a bilingual document disagree, and figures stated in one only. */
    public List<DiscrepancyView> discrepancies(long id) {
        return Discrepancies.of(facts(id));
    }

    /** Documents, newest first, optionally those whose title or text holds {@code q}, published in [from, to]. */
    public PageView<DocumentSummaryView> list(String q, LocalDate from, LocalDate to, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            PageView<Document> docs = documents.search(q, from, to, page, size);
            Map<Long, Long> counts = facts.countByDocument(docs.items().stream().map(d -> d.id).toList());
            List<DocumentSummaryView> items = docs.items().stream()
                    .map(d -> DocumentMapper.toSummary(d, counts.getOrDefault(d.id, 0L))).toList();
            return new PageView<>(items, page, size, docs.total());
        });
    }

    /** Removes a document and its facts. */
    public void delete(long id) {
        // the document's row first, then the rollups, in the order a re-extraction takes them
        boolean removed = QuarkusTransaction.requiringNew().call(() -> documents.lockById(id) != null
                && factService.removing(id, () -> documents.remove(id)));
        if (!removed) {
            throw new DomainException.NotFound("document", id);
        }
    }

    /**
     * Reads a stored document again with the current extractor and replaces its facts in one
     * transaction (the old facts stay if anything fails). Concurrent re-extractions of one document
     * queue on its row lock, so it ends with one set of facts.
     */
    public DocumentView reextract(long id) {
        Document d = QuarkusTransaction.joiningExisting().call(() ->
                documents.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("document", id)));
        DocumentInput input = new DocumentInput(d.text, d.publishedAt, null);
        Extraction extraction = extract(input);
        QuarkusTransaction.requiringNew().run(() -> {
            // the row lock serialises re-extractions of one document (single calls and the job): each
            // replaces the facts the previous one wrote instead of adding its own next to them
            Document managed = documents.lockById(id);
            if (managed == null) {
                throw new DomainException.NotFound("document", id);
            }
            factService.removing(id, () -> {
                facts.removeOfDocument(id);
                return null;
            });
            managed.language = extraction.language();
            managed.referenceDate = extraction.referenceDate();
            factService.store(id, managed.text, extraction, OffsetDateTime.now(ZoneOffset.UTC));
        });
        return get(id);
    }

    /** Ids of every stored document, for a re-extraction job. */
    public List<Long> allIds() {
        return QuarkusTransaction.joiningExisting().call(documents::allIds);
    }

    private Extraction extract(DocumentRequest request) {
        return extract(new DocumentInput(request.text(), request.publishedAt(), request.language()));
    }

    /** Reads on an extraction thread within the time budget (the budget starts when a thread takes it). */
    private Extraction extract(DocumentInput input) {
        return workers.run(() -> metrics.timeExtraction(
                () -> pipeline.run(input, Deadline.in(config.extraction().timeBudget()))));
    }

    /**
     * Writes the document and its facts, and returns its view: built from the rows as written, each value as its
     * column holds it, so it is what a later GET returns (DocumentResourceTest compares them).
     */
    private DocumentView store(DocumentRequest request, String hash, Extraction extraction) {
        OffsetDateTime now = FactService.asStored(OffsetDateTime.now(ZoneOffset.UTC));
        Document d = new Document();
        d.contentHash = hash;
        d.title = request.title();
        d.url = request.url();
        d.publishedAt = request.publishedAt();
        d.referenceDate = extraction.referenceDate();
        d.language = extraction.language();
        d.text = request.text();
        d.createdAt = now;
        documents.persist(d);
        // flushes the document first: a duplicate hash fails here, before any fact is written
        List<FactView> stored = factService.store(d.id, request.text(), extraction, now);
        return DocumentMapper.toView(d, stored);
    }

    private Optional<DocumentView> findByHash(String hash) {
        return QuarkusTransaction.joiningExisting().call(() ->
                documents.findByHash(hash).map(d -> DocumentMapper.toView(d, factsOf(d.id))));
    }

    private List<FactView> factsOf(long id) {
        return factService.views(facts.ofDocument(id));
    }

    private void checkLength(String text) {
        if (text != null && text.length() > config.limits().maxTextLength()) {
            throw new DomainException.TextTooLong(text.length(), config.limits().maxTextLength());
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
