package org.econfacts.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics} in Prometheus text: our counters move when documents are posted, stored again
 * or refused, and the gauges and histograms an operator charts are there. Reads counter deltas, so it
 * holds whatever other tests of the same boot posted before.
 */
@QuarkusTest
class MetricsTest {

    private static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> article(String text) {
        return Map.of("text", text, "title", "metrics test", "publishedAt", "2021-08-27");
    }

    @Test
    void countersMoveWhenADocumentIsStoredRepeatedAndRefused() {
        String text = "Bulletin " + UUID.randomUUID() + ". In 2020, Lakeside Foods invested 3.4 billion yuan in "
                + "new mills, up 8 percent year-on-year.";
        String before = scrape();

        given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents").then().statusCode(201);
        given().contentType(ContentType.JSON).body(article(text)).post("/api/v1/documents").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", " ")).post("/api/v1/documents").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"text\": ").post("/api/v1/documents").then().statusCode(400);
        String after = scrape();

        assertThat(delta(before, after, "econfacts_documents_stored_total", "language=\"en\"")).isEqualTo(1);
        assertThat(delta(before, after, "econfacts_documents_deduplicated_total")).isEqualTo(1);
        assertThat(delta(before, after, "econfacts_facts_stored_total", "kind=\"MONEY\"", "language=\"en\"")).isEqualTo(1);
        assertThat(delta(before, after, "econfacts_facts_stored_total", "kind=\"PERCENT\"", "language=\"en\"")).isEqualTo(1);
        assertThat(delta(before, after, "econfacts_documents_rejected_total", "source=\"http\"", "reason=\"invalid\""))
                .isEqualTo(1);
        assertThat(delta(before, after, "econfacts_documents_rejected_total", "source=\"http\"", "reason=\"malformed\""))
                .isEqualTo(1);
        // one reading (the repeat is answered from the store), timed and bucketed
        assertThat(delta(before, after, "econfacts_extraction_seconds_count", "language=\"en\"", "outcome=\"ok\""))
                .isEqualTo(1);
        assertThat(after).containsPattern("econfacts_extraction_seconds_bucket\\{.*le=\"1\\.0\".*}")
                .containsPattern("econfacts_extraction_seconds_bucket\\{.*le=\"\\+Inf\".*}");
        assertThat(delta(before, after, "http_server_requests_seconds_count", "uri=\"/api/v1/documents\"",
                "method=\"POST\"")).isEqualTo(4);
    }

    @Test
    void exposesQueueThreadsPipelinesKafkaAndJvmMeters() {
        String s = scrape();
        assertThat(PrometheusText.value(s, "econfacts_extraction_queue_depth")).isZero();
        assertThat(PrometheusText.value(s, "econfacts_extraction_queue_capacity")).isEqualTo(32);
        assertThat(PrometheusText.value(s, "econfacts_extraction_threads")).isPositive();
        assertThat(s).contains("econfacts_extraction_threads_busy", "econfacts_extraction_overloaded_total",
                "econfacts_nlp_ready", "econfacts_kafka_records_consumed_total", "jvm_memory_used_bytes",
                "agroal_active_count");
        for (String pipeline : new String[] {"en", "en-pos", "en-entities", "zh-entities"}) {
            assertThat(s).containsPattern("econfacts_nlp_pipeline_load_seconds\\{pipeline=\"" + pipeline + "\",?}");
        }
    }

    @Test
    void pipelineLoadTimeIsKnownOnceTheEnglishSplitterIsLoaded() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Output rose 3 percent in " + UUID.randomUUID()))
                .post("/api/v1/extract").then().statusCode(200);
        String s = scrape();
        assertThat(PrometheusText.value(s, "econfacts_nlp_pipeline_loaded", "pipeline=\"en\"")).isEqualTo(1);
        assertThat(PrometheusText.value(s, "econfacts_nlp_pipeline_load_seconds", "pipeline=\"en\"")).isPositive();
    }

    @Test
    void noTagCarriesArticleText() {
        String marker = "Zebrafinch" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(article(marker + " exports reached 12 million dollars in 2019."))
                .post("/api/v1/documents").then().statusCode(201);
        assertThat(scrape()).doesNotContain(marker);
    }

    private static double delta(String before, String after, String name, String... labels) {
        return PrometheusText.value(after, name, labels) - PrometheusText.value(before, name, labels);
    }
}
