package org.econfacts.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * For {@code @QuarkusTest}s that post articles: on a cold start the first article would wait for the
 * NLP models to load, and on a busy machine that wait can use up its extraction time budget (422).
 * A test that is about something else waits for readiness first, as a careful client would.
 */
public final class Readiness {
    private Readiness() {}

    public static void awaitLoadedModels() {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertThat(System.nanoTime()).as("NLP models loaded within 5 minutes").isLessThan(until);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
