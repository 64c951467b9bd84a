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
            return Map.of("econfacts.security.api-keys", "test-key-not-a-secret",
                    "econfacts.security.operator-keys", OPERATOR);
        }
    }

    static final String OPERATOR = "test-operator-key-not-a-secret";

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

    @Test
    void aWriterKeyMayPostButNotOperate() {
        long id = given().contentType(ContentType.JSON).header("X-API-Key", "test-key-not-a-secret").body(body())
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        for (var call : java.util.List.<java.util.function.Function<io.restassured.specification.RequestSpecification,
                io.restassured.response.Response>>of(
                r -> r.delete("/api/v1/documents/" + id),
                r -> r.post("/api/v1/documents/" + id + "/reextract"),
                r -> r.post("/api/v1/documents/reextract"),
                r -> r.get("/api/v1/jobs/1"))) {
            call.apply(given().header("X-API-Key", "test-key-not-a-secret")).then().statusCode(403)
                    .contentType("application/problem+json").body("status", equalTo(403));
            call.apply(given().header("Authorization", "Bearer test-key-not-a-secret")).then().statusCode(403);
            call.apply(given()).then().statusCode(401).contentType("application/problem+json");
        }
        given().get("/api/v1/documents/" + id).then().statusCode(200);
    }

    @Test
    void anOperatorKeyMayDoEverything() {
        long id = given().contentType(ContentType.JSON).header("X-API-Key", OPERATOR).body(body())
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("X-API-Key", OPERATOR).post("/api/v1/documents/" + id + "/reextract").then().statusCode(200);
        String job = given().header("Authorization", "Bearer " + OPERATOR).post("/api/v1/documents/reextract")
                .then().statusCode(202).extract().header("Location");
        given().header("X-API-Key", OPERATOR).get(job).then().statusCode(200).body("type", equalTo("reextract"));
        given().header("X-API-Key", OPERATOR).delete("/api/v1/documents/" + id).then().statusCode(204);
    }
}
