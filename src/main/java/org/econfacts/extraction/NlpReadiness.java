package org.econfacts.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/** Ready once the English CoreNLP pipeline is loaded (requests before that wait for it). */
@Readiness
@ApplicationScoped
public class NlpReadiness implements HealthCheck {

    private final CoreNlpPipelines pipelines;

    public NlpReadiness(CoreNlpPipelines pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("nlp-pipelines")
                .status(pipelines.isLoaded(Language.EN))
                .withData("en", pipelines.isLoaded(Language.EN))
                .build();
    }
}
