package org.econfacts.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.ExtractionTimeoutException;
import org.econfacts.extraction.Finding;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Our own meters, in Prometheus terms (see docs/monitoring.md for what each means and how to chart
 * it). Tag values come from closed sets only (language tags, fact kinds, {@link RejectReason},
 * pipeline names): never article text or anything a client sent, so cardinality stays bounded.
 */
@ApplicationScoped
public class EconfactsMetrics {

    /** Extraction durations are bucketed at these bounds (seconds), up to the 30 s default budget and beyond. */
    private static final Duration[] EXTRACTION_BUCKETS = {
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private final MeterRegistry registry;
    private final Counter deduplicated;
    private final Counter overloaded;
    private final Counter kafkaConsumed;

    public EconfactsMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.deduplicated = Counter.builder("econfacts.documents.deduplicated")
                .description("Documents posted again with a text already stored (answered from the store)")
                .register(registry);
        this.overloaded = Counter.builder("econfacts.extraction.overloaded")
                .description("Documents refused because every extraction thread was busy and the queue full (429)")
                .register(registry);
        this.kafkaConsumed = Counter.builder("econfacts.kafka.records.consumed")
                .description("Article messages read from the articles topic")
                .register(registry);
    }

    /** A new document and its facts were committed. */
    public void documentStored(Extraction extraction) {
        Counter.builder("econfacts.documents.stored")
                .description("Documents stored, by the languages they hold (en, zh-Hant, en+zh-Hans, ...)")
                .tag("language", languageTag(extraction.language()))
                .register(registry).increment();
        for (Finding f : extraction.findings()) {
            Counter.builder("econfacts.facts.stored")
                    .description("Facts stored with new documents, by kind and language")
                    .tag("kind", f.mention().value().kind().name())
                    .tag("language", f.mention().language().tag())
                    .register(registry).increment();
        }
    }

    public void documentDeduplicated() {
        deduplicated.increment();
    }

    /** A document was not stored; {@code source} is {@code http} or {@code kafka}. */
    public void documentRejected(String source, RejectReason reason) {
        Counter.builder("econfacts.documents.rejected")
                .description("Documents not stored, by where they came from and why")
                .tag("source", source)
                .tag("reason", reason.tag())
                .register(registry).increment();
    }

    /** Times one reading of a document, tagged with the languages found and how it ended. */
    public Extraction timeExtraction(Supplier<Extraction> reading) {
        Timer.Sample sample = Timer.start(registry);
        String language = "unknown";
        String outcome = "error";
        try {
            Extraction extraction = reading.get();
            language = languageTag(extraction.language());
            outcome = "ok";
            return extraction;
        } catch (ExtractionTimeoutException e) {
            outcome = "time_budget";
            throw e;
        } finally {
            sample.stop(Timer.builder("econfacts.extraction")
                    .description("Time to read one document on an extraction thread (queue wait excluded)")
                    .tag("language", language)
                    .tag("outcome", outcome)
                    .serviceLevelObjectives(EXTRACTION_BUCKETS)
                    .register(registry));
        }
    }

    public void extractionOverloaded() {
        overloaded.increment();
    }

    /** Queue depth, busy threads and capacity of the extraction threads. */
    public void watch(ThreadPoolExecutor pool) {
        Gauge.builder("econfacts.extraction.queue.depth", pool, p -> p.getQueue().size())
                .description("Documents waiting for an extraction thread").register(registry);
        Gauge.builder("econfacts.extraction.queue.capacity", pool, p -> p.getQueue().size() + p.getQueue().remainingCapacity())
                .description("Documents that may wait before posts are refused with 429").register(registry);
        Gauge.builder("econfacts.extraction.threads.busy", pool, ThreadPoolExecutor::getActiveCount)
                .description("Extraction threads reading a document now").register(registry);
        Gauge.builder("econfacts.extraction.threads", pool, ThreadPoolExecutor::getMaximumPoolSize)
                .description("Extraction threads").register(registry);
    }

    /** How long a CoreNLP pipeline took to load (NaN until it has), and whether it is loaded. */
    public void watchPipeline(CoreNlpPipelines pipelines, String name) {
        TimeGauge.builder("econfacts.nlp.pipeline.load", pipelines, TimeUnit.SECONDS, p -> seconds(p.loadTime(name)))
                .description("Time the CoreNLP pipeline took to load").tag("pipeline", name).register(registry);
        Gauge.builder("econfacts.nlp.pipeline.loaded", pipelines, p -> p.isLoaded(name) ? 1 : 0)
                .description("1 once the CoreNLP pipeline is loaded").tag("pipeline", name).register(registry);
    }

    private static double seconds(Duration d) {
        return d == null ? Double.NaN : d.toNanos() / 1e9;
    }

    public void kafkaRecordConsumed() {
        kafkaConsumed.increment();
    }

    /** An article message went to the dead-letter topic. */
    public void kafkaDeadLettered(RejectReason reason) {
        Counter.builder("econfacts.kafka.records.dead.lettered")
                .description("Article messages sent to the dead-letter topic, by reason")
                .tag("reason", reason.tag())
                .register(registry).increment();
        documentRejected("kafka", reason);
    }

    private static String languageTag(String language) {
        return language == null || language.isBlank() ? "none" : language;
    }
}
