package org.econfacts.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.PipelineState;

/**
 * UP once every language of {@code econfacts.nlp.preload} is loaded and warm ({@link NlpWarmup}).
 * The first language serves before that: documents in it are read as soon as its models are warm,
 * while the others load behind it; documents that need a language still loading wait for it or get
 * 503 with {@code Retry-After} ({@link ModelGate}). Readiness waits for all of them, so a balancer or
 * a client that waits for UP never meets that 503. The data names every pipeline's state ({@code idle},
 * {@code loading}, {@code ready}, {@code failed}) with {@code <name>.ms}, its load time (so far), and
 * {@code warm}, the languages that serve at full speed. With {@code econfacts.nlp.eager=false} models
 * load on first use and the check is UP from the start.
 */
@Readiness
@ApplicationScoped
public class NlpReadiness implements HealthCheck {

    private final CoreNlpPipelines pipelines;
    private final NlpWarmup warmup;
    private final EconfactsConfig config;

    public NlpReadiness(CoreNlpPipelines pipelines, NlpWarmup warmup, EconfactsConfig config) {
        this.pipelines = pipelines;
        this.warmup = warmup;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("nlp-pipelines");
        Set<String> names = new LinkedHashSet<>(config.nlp().preload());
        names.addAll(CoreNlpPipelines.NAMES);
        for (String name : names) {
            PipelineState state = pipelines.state(name);
            b.withData(name, state.status().label());
            if (state.status() != PipelineState.Status.IDLE) {
                b.withData(name + ".ms", state.time().toMillis());
            }
        }
        b.withData("warm", String.join(",", warmup.warm()));
        return b.status(warmup.ready()).build();
    }
}
