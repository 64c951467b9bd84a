package org.econfacts.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.econfacts.ingest.KafkaIngestTest.InMemoryKafka;
import org.econfacts.metrics.PrometheusText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kafka path on SmallRye's in-memory connector (no broker): the three channels switched on and
 * moved in memory, the real pipeline and database behind them. The real broker is exercised by
 * {@code .ci/scaleout}. The only extra test profile of the suite: it restarts Quarkus once.
 */
@QuarkusTest
@TestProfile(InMemoryKafka.class)
class KafkaIngestTest {

    public static class InMemoryKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "econfacts.kafka.enabled", "true",
                    "econfacts.kafka.instance-id", "test",
                    "mp.messaging.incoming.articles.connector", "smallrye-in-memory",
                    "mp.messaging.outgoing.facts.connector", "smallrye-in-memory",
                    "mp.messaging.outgoing.articles-dlq.connector", "smallrye-in-memory",
                    // the articles here are English: do not wait for the Chinese entity models
                    "econfacts.nlp.preload", "en");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    ObjectMapper json;

    private InMemorySink<String> facts;
    private InMemorySink<String> deadLetters;

    @BeforeEach
    void clearSinks() {
        facts = connector.sink("facts");
        deadLetters = connector.sink("articles-dlq");
        facts.clear();
        deadLetters.clear();
    }

    @Test
    void storesAnArticleOnceAndPublishesItsFactsBeforeAcknowledging() throws Exception {
        String nonce = "Wire " + UUID.randomUUID();
        String article = json.writeValueAsString(Map.of("text",
                nonce + ": In 2020, Acme Motors invested $2.5 billion in new plants, up 12 percent year-on-year.",
                "publishedAt", "2021-08-27"));

        send(article);
        assertThat(documentsMatching(nonce)).as("stored once the message is acknowledged").isEqualTo(1);
        assertThat(facts.received()).hasSize(1);
        JsonNode first = json.readTree(facts.received().get(0).getPayload());
        assertThat(first.get("created").asBoolean()).isTrue();
        assertThat(first.get("instance").asText()).isEqualTo("test");
        assertThat(first.get("facts")).anySatisfy(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("MONEY");
            assertThat(f.get("value").decimalValue()).isEqualByComparingTo("2500000000");
        });
        long id = first.get("documentId").asLong();
        assertThat(key(facts.received().get(0))).isEqualTo(String.valueOf(id));

        send(article); // a redelivery: same content, same hash
        assertThat(documentsMatching(nonce)).as("a redelivered article is not stored twice").isEqualTo(1);
        assertThat(facts.received()).hasSize(2);
        JsonNode again = json.readTree(facts.received().get(1).getPayload());
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(again.get("documentId").asLong()).isEqualTo(id);
        assertThat(again.get("facts")).hasSameSizeAs(first.get("facts"));
        assertThat(deadLetters.received()).isEmpty();
    }

    @Test
    void sendsInvalidArticlesToTheDeadLetterTopicWithTheirReason() throws Exception {
        long before = documentsMatching(null);
        String metricsBefore = metrics();
        send("{\"text\": \"Exports rose 4 percent\"");
        send(json.writeValueAsString(Map.of("text", "   ")));
        send(json.writeValueAsString(Map.of("text", "Exports rose 4 percent.", "author", "someone")));
        send(json.writeValueAsString(Map.of("text", "x".repeat(20_001))));

        List<? extends Message<String>> letters = deadLetters.received();
        assertThat(letters).hasSize(4);
        List<String> reasons = letters.stream().map(KafkaIngestTest::reason).toList();
        assertThat(reasons.get(0)).startsWith("malformed JSON");
        assertThat(reasons.get(1)).isEqualTo("text: text is required and must not be blank");
        assertThat(reasons.get(2)).contains("author");
        assertThat(reasons.get(3)).contains("20001 characters").contains("20000");
        JsonNode body = json.readTree(letters.get(1).getPayload());
        assertThat(body.get("reason").asText()).isEqualTo(reasons.get(1));
        assertThat(body.get("value").asText()).contains("   ");
        assertThat(facts.received()).isEmpty();
        assertThat(documentsMatching(null)).isEqualTo(before);

        // the metrics count them by reason, with no text of the article in a tag
        String metricsAfter = metrics();
        assertThat(delta(metricsBefore, metricsAfter, "econfacts_kafka_records_consumed_total")).isEqualTo(4);
        assertThat(delta(metricsBefore, metricsAfter, "econfacts_kafka_records_dead_lettered_total", "reason=\"malformed\""))
                .isEqualTo(2); // broken JSON, an unknown field
        assertThat(delta(metricsBefore, metricsAfter, "econfacts_kafka_records_dead_lettered_total", "reason=\"invalid\""))
                .isEqualTo(1);
        assertThat(delta(metricsBefore, metricsAfter, "econfacts_kafka_records_dead_lettered_total", "reason=\"too_long\""))
                .isEqualTo(1);
        assertThat(delta(metricsBefore, metricsAfter, "econfacts_documents_rejected_total", "source=\"kafka\""))
                .isEqualTo(4);
    }

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return PrometheusText.value(after, name, labels) - PrometheusText.value(before, name, labels);
    }

    /** Sends one article and waits for its acknowledgement. */
    private void send(String value) throws Exception {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        connector.<Message<String>>source("articles").send(Message.of(value)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    acked.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                }));
        acked.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static long documentsMatching(String q) {
        var request = given().queryParam("size", 1);
        if (q != null) {
            request = request.queryParam("q", q);
        }
        return request.get("/api/v1/documents").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @SuppressWarnings("unchecked")
    private static String key(Message<String> m) {
        return m.getMetadata(OutgoingKafkaRecordMetadata.class).map(k -> (String) k.getKey()).orElse(null);
    }

    private static String reason(Message<String> m) {
        return m.getMetadata(OutgoingKafkaRecordMetadata.class)
                .map(k -> new String(k.getHeaders().lastHeader(IngestPublisher.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .orElseThrow();
    }
}
