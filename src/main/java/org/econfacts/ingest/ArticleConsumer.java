package org.econfacts.ingest;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.econfacts.api.DomainException;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.document.DocumentService;
import org.econfacts.document.Ingested;
import org.econfacts.extraction.ExtractionTimeoutException;
import org.econfacts.extraction.UnsupportedLanguageException;
import org.econfacts.metrics.EconfactsMetrics;
import org.econfacts.metrics.RejectReason;

/**
 * Reads articles from the {@code articles} channel (topic {@code econfacts.articles}) and stores them
 * as {@code POST /api/v1/documents} does. Off unless {@code econfacts.kafka.enabled=true}.
 *
 * <p>At-least-once: a message is acknowledged only after its document was committed (or found stored)
 * and its facts message was accepted by the broker, or after it went to the dead-letter topic. A
 * crash before that means redelivery, and the content-hash rule answers a redelivered article with
 * the stored document: no second document, no re-extraction. Transient failures (every extraction
 * thread busy, database unreachable) are retried here, holding the message, never dropped; an
 * article interrupted by shutdown stays unacknowledged. Anything else unexpected goes to the
 * dead-letter topic with its reason, so one poisonous article cannot stop a partition.
 *
 * <p>Messages are processed in parallel ({@code ordered = false}, at most
 * {@code smallrye.messaging.worker.kafka-articles.max-concurrency} at a time); the Kafka connector's
 * throttled commit strategy commits an offset only once every message before it is acknowledged.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final long FIRST_BACKOFF_MS = 500;
    private static final long MAX_BACKOFF_MS = 10_000;

    private final ArticleReader reader;
    private final DocumentService documents;
    private final IngestPublisher publisher;
    private final String instance;
    private final EconfactsMetrics metrics;

    public ArticleConsumer(ArticleReader reader, DocumentService documents, IngestPublisher publisher,
            EconfactsConfig config, EconfactsMetrics metrics) {
        this.metrics = metrics;
        this.reader = reader;
        this.documents = documents;
        this.publisher = publisher;
        this.instance = config.kafka().instanceId();
    }

    @Incoming("articles")
    @Blocking(value = "kafka-articles", ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        Origin origin = origin(message);
        metrics.kafkaRecordConsumed();
        ArticleReader.Read read = reader.read(message.getPayload());
        if (read instanceof ArticleReader.Accepted accepted) {
            store(origin, message.getPayload(), accepted);
        } else if (read instanceof ArticleReader.Rejected rejected) {
            deadLetter(origin, message.getPayload(), rejected.reason(), rejected.malformed() ? RejectReason.MALFORMED : RejectReason.INVALID);
        }
        return message.ack();
    }

    private void store(Origin origin, String value, ArticleReader.Accepted accepted) {
        Optional<Ingested> ingested = ingestRetrying(origin, value, accepted);
        if (ingested.isEmpty()) {
            return; // dead-lettered
        }
        Ingested result = ingested.get();
        long id = result.document().id();
        Log.debugf("kafka article key=%s %s-%d@%d instance=%s -> document %d %s", origin.key(), origin.topic(),
                origin.partition(), origin.offset(), instance, id, result.created() ? "created" : "already stored");
        publisher.facts(new FactsMessage(id, origin.key(), result.created(), instance, result.document().facts()));
    }

    /** Stores the article, retrying what will pass; empty when it went to the dead-letter topic instead. */
    private Optional<Ingested> ingestRetrying(Origin origin, String value, ArticleReader.Accepted accepted) {
        long backoff = FIRST_BACKOFF_MS;
        while (true) {
            try {
                return Optional.of(documents.ingest(accepted.request()));
            } catch (DomainException.TextTooLong | DomainException.InvalidText | UnsupportedLanguageException
                     | ExtractionTimeoutException e) {
                deadLetter(origin, value, e.getMessage(), RejectReason.of(e));
                return Optional.empty();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw e; // shutting down: leave the article unacknowledged, it is read again after the restart
                }
                if (!Transient.is(e)) {
                    Log.errorf(e, "kafka article key=%s %s-%d@%d failed; sent to the dead-letter topic",
                            origin.key(), origin.topic(), origin.partition(), origin.offset());
                    deadLetter(origin, value, "could not be stored: " + e.getMessage(), RejectReason.ERROR);
                    return Optional.empty();
                }
                Log.debugf("kafka article key=%s: %s; retrying in %d ms", origin.key(), e.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    private void deadLetter(Origin origin, String value, String reason, RejectReason kind) {
        metrics.kafkaDeadLettered(kind);
        Log.debugf("kafka article key=%s %s-%d@%d instance=%s -> dead letter: %s", origin.key(), origin.topic(),
                origin.partition(), origin.offset(), instance, reason);
        publisher.deadLetter(new DeadLetter(reason, origin.key(), origin.topic(), origin.partition(), origin.offset(), value));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry; the article stays unacknowledged", e);
        }
    }

    /** Where a message came from; the in-memory test connector carries no Kafka metadata. */
    record Origin(String key, String topic, int partition, long offset) {}

    @SuppressWarnings("unchecked")
    private static Origin origin(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> new Origin(m.getKey() == null ? null : String.valueOf(m.getKey()), m.getTopic(), m.getPartition(),
                        m.getOffset()))
                .orElse(new Origin(null, "articles", -1, -1));
    }
}
