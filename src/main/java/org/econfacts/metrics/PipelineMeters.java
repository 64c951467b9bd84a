package org.econfacts.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.econfacts.extraction.NlpWarmup;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Registers, at start-up, the load time of each CoreNLP pipeline and {@code econfacts_nlp_ready}: 1
 * once every language of {@code econfacts.nlp.preload} is loaded and warm (what the NLP readiness
 * check reports), 0 before.
 */
@ApplicationScoped
public class PipelineMeters {

    private final CoreNlpPipelines pipelines;
    private final EconfactsMetrics metrics;
    private final MeterRegistry registry;
    private final NlpWarmup warmup;

    public PipelineMeters(CoreNlpPipelines pipelines, EconfactsMetrics metrics, MeterRegistry registry,
            NlpWarmup warmup) {
        this.pipelines = pipelines;
        this.metrics = metrics;
        this.registry = registry;
        this.warmup = warmup;
    }

    void register(@Observes StartupEvent event) {
        for (String name : CoreNlpPipelines.NAMES) {
            metrics.watchPipeline(pipelines, name);
        }
        Gauge.builder("econfacts.nlp.ready", warmup, r -> r.ready() ? 1 : 0)
                .description("1 once every language of econfacts.nlp.preload is loaded and warm (readiness waits for them)")
                .register(registry);
    }
}
