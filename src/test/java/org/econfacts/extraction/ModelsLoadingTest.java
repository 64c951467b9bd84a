package org.econfacts.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import org.econfacts.extraction.corenlp.HeldLoader;
import org.junit.jupiter.api.Test;

/**
 * While the models of a language load, readiness says so per pipeline and documents in that language
 * are refused with 503 and Retry-After, not held. The Chinese load here never finishes (a held loader,
 * no real models), so nothing races.
 */
@QuarkusTest
@TestProfile(ModelsLoadingTest.ChineseHeld.class)
class ModelsLoadingTest {

    /** The pipeline loader of this profile: every load waits forever. */
    @Alternative
    @Singleton
    public static class NeverLoads extends HeldLoader {}

    public static class ChineseHeld implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("econfacts.nlp.preload", "zh-entities", "econfacts.nlp.load-wait", "200ms");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(NeverLoads.class);
        }
    }

    private static final String CHINESE = "{\"text\": \"华东机械公司今年营业收入增长12%，达到35亿元。\"}";

    @Test
    void readinessReportsEachPipelineWhileTheFirstLanguageLoads() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'nlp-pipelines' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'nlp-pipelines' }.data.zh-entities", equalTo("loading"))
                .body("checks.find { it.name == 'nlp-pipelines' }.data.'zh-entities.ms'", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'nlp-pipelines' }.data.en-entities", equalTo("idle"))
                .body("checks.find { it.name == 'nlp-pipelines' }.data.warm", equalTo(""));
    }

    @Test
    void aPreviewInALoadingLanguageGets503WithRetryAfter() {
        given().contentType(ContentType.JSON).body(CHINESE).post("/api/v1/extract")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("status", equalTo(503)).body("title", equalTo("Language models loading"));
    }

    @Test
    void aDocumentInALoadingLanguageIsRefusedAndNotStored() {
        long before = given().get("/api/v1/documents?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
        given().contentType(ContentType.JSON).body(CHINESE).post("/api/v1/documents")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
        given().get("/api/v1/documents?size=1").then().statusCode(200).body("total", equalTo((int) before));
    }
}
