package org.econfacts.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Writes to the facts topic ({@code facts} channel, key = document id) and the dead-letter topic
 * ({@code articles-dlq}, key = the article's key, reason also in the {@code econfacts-reason} header).
 * Each send waits until the broker has accepted the message, so the article is acknowledged only
 * after its output is safe.
 */
@ApplicationScoped
public class IngestPublisher {

    static final String REASON_HEADER = "econfacts-reason";

    private final Emitter<String> facts;
    private final Emitter<String> deadLetters;
    private final ObjectMapper json;

    public IngestPublisher(@Channel("facts") Emitter<String> facts, @Channel("articles-dlq") Emitter<String> deadLetters,
            ObjectMapper json) {
        this.facts = facts;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    void facts(FactsMessage message) {
        send(facts, String.valueOf(message.documentId()), toJson(message), new RecordHeaders());
    }

    void deadLetter(DeadLetter letter) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, letter.reason().getBytes(StandardCharsets.UTF_8));
        send(deadLetters, letter.articleKey(), toJson(letter), headers);
    }

    private static void send(Emitter<String> emitter, String key, String value, RecordHeaders headers) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key).withHeaders(headers).build();
        emitter.send(Message.of(value)
                .addMetadata(kafka)
                .withAck(() -> {
                    accepted.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    accepted.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                }));
        accepted.join();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records always serialise", e);
        }
    }
}
