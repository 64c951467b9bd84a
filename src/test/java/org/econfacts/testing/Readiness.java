package org.econfacts.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * For {@code @QuarkusTest}s that post articles: on a cold start the first article would wait for the
 * NLP models to load, and on a busy machine that wait can use up its extraction time budget (503).
 * A test that is about something else waits until readiness is UP and no preloaded pipeline is still
 * loading (readiness is UP once every preloaded language is warm; this waits for on-demand ones too).
 */
public final class Readiness {
    private Readiness() {}

    public static void awaitLoadedModels() {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!allLoaded()) {
            assertThat(System.nanoTime()).as("NLP models loaded within 5 minutes").isLessThan(until);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean allLoaded() {
        var r = given().get("/q/health/ready");
        return r.statusCode() == 200 && !r.body().asString().contains("\"loading\"");
    }
}
