package org.econfacts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.econfacts.metrics.PrometheusText;
import org.junit.jupiter.api.Test;

/** With an API key configured, writes without it are refused and nothing is stored. */
@QuarkusTest
@TestProfile(ApiKeyTest.WithKey.class)
class ApiKeyTest {

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("econfacts.security.api-keys", "test-key-not-a-secret");
        }
    }

    private static String body() {
        return "{\"text\": \"Note " + UUID.randomUUID() + ": output rose 3 percent.\"}";
    }

    @Test
    void writesWithoutAValidKeyAreRefused() {
        long before = given().get("/api/v1/documents?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
        String metricsBefore = metrics();
        given().contentType(ContentType.JSON).body(body()).post("/api/v1/documents")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).header("X-API-Key", "guess").body(body()).post("/api/v1/documents")
                .then().statusCode(401);
        given().get("/api/v1/documents?size=1").then().statusCode(200).body("total", equalTo((int) before));
        assertThat(PrometheusText.value(metrics(), "econfacts_documents_rejected_total", "reason=\"unauthorized\"")
                - PrometheusText.value(metricsBefore, "econfacts_documents_rejected_total", "reason=\"unauthorized\""))
                .as("both refusals counted").isEqualTo(2);
    }

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void writesWithTheKeyInEitherHeaderSucceed() {
        given().contentType(ContentType.JSON).header("X-API-Key", "test-key-not-a-secret").body(body())
                .post("/api/v1/documents").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-key-not-a-secret").body(body())
                .post("/api/v1/documents").then().statusCode(201);
    }
}
