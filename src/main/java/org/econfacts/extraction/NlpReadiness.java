package org.econfacts.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/** Ready once every pipeline named in {@code econfacts.nlp.preload} is loaded. */
@Readiness
@ApplicationScoped
public class NlpReadiness implements HealthCheck {

    private final CoreNlpPipelines pipelines;
    private final EconfactsConfig config;

    public NlpReadiness(CoreNlpPipelines pipelines, EconfactsConfig config) {
        this.pipelines = pipelines;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("nlp-pipelines");
        boolean all = true;
        for (String name : config.nlp().preload()) {
            boolean loaded = pipelines.isLoaded(name);
            b.withData(name, loaded);
            all &= loaded;
        }
        return b.status(all).build();
    }
}
