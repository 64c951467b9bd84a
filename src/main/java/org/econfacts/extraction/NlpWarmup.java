package org.econfacts.extraction;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Loads the configured CoreNLP pipelines on background threads at start-up, one thread each so
 * they load in parallel, and the HTTP port opens at once; readiness ({@link NlpReadiness}) stays DOWN
 * until they are loaded. A request that needs a pipeline before then waits for it.
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
        for (String name : config.nlp().preload()) {
            Thread loader = new Thread(() -> {
                long t0 = System.nanoTime();
                try {
                    pipelines.pipeline(name);
                    Log.infof("CoreNLP pipeline %s loaded in %d ms", name, (System.nanoTime() - t0) / 1_000_000);
                } catch (RuntimeException e) {
                    Log.errorf(e, "CoreNLP pipeline %s failed to load", name);
                }
            }, "nlp-warmup-" + name);
            loader.setDaemon(true);
            loader.start();
        }
    }
}
