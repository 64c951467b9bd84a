package org.econfacts.extraction;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Loads the CoreNLP pipelines on a background thread at start-up so the HTTP port opens at once;
 * readiness ({@code NlpReadiness}) stays DOWN until they are loaded.
 */
@ApplicationScoped
public class NlpWarmup {

    private final CoreNlpPipelines pipelines;
    private final EconfactsConfig config;

    public NlpWarmup(CoreNlpPipelines pipelines, EconfactsConfig config) {
        this.pipelines = pipelines;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.nlp().eager()) {
            return;
        }
        Thread loader = new Thread(() -> {
            Instant t0 = Instant.now();
            pipelines.pipeline(Language.EN);
            Log.infof("English pipeline loaded in %d ms", Duration.between(t0, Instant.now()).toMillis());
        }, "nlp-warmup");
        loader.setDaemon(true);
        loader.start();
    }
}
