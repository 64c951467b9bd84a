package org.econfacts.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Registers, at start-up, the load time of each CoreNLP pipeline and {@code econfacts_nlp_ready}: 1
 * once every pipeline of {@code econfacts.nlp.preload} is loaded (what the NLP readiness check waits
 * for), 0 before.
 */
@ApplicationScoped
public class PipelineMeters {

    private final CoreNlpPipelines pipelines;
    private final EconfactsMetrics metrics;
    private final MeterRegistry registry;
    private final EconfactsConfig config;

    public PipelineMeters(CoreNlpPipelines pipelines, EconfactsMetrics metrics, MeterRegistry registry,
            EconfactsConfig config) {
        this.pipelines = pipelines;
        this.metrics = metrics;
        this.registry = registry;
        this.config = config;
    }

    void register(@Observes StartupEvent event) {
        for (String name : CoreNlpPipelines.NAMES) {
            metrics.watchPipeline(pipelines, name);
        }
        Gauge.builder("econfacts.nlp.ready", pipelines,
                        p -> config.nlp().preload().stream().allMatch(p::isLoaded) ? 1 : 0)
                .description("1 once every pipeline in econfacts.nlp.preload is loaded (readiness waits for it)")
                .register(registry);
    }
}
