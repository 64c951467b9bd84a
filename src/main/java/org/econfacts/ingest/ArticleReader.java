package org.econfacts.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.econfacts.document.DocumentRequest;

/**
 * Turns the value of an article message into a {@link DocumentRequest} with the same rules as
 * {@code POST /api/v1/documents}: the API's strict JSON (unknown fields refused) and its Bean
 * Validation. A value that fails gives a {@link Rejected} reason for the dead-letter topic.
 */
@ApplicationScoped
public class ArticleReader {

    private final ObjectMapper json;
    private final Validator validator;

    public ArticleReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The outcome of reading one message value. */
    public sealed interface Read permits Accepted, Rejected {}

    public record Accepted(DocumentRequest request) implements Read {}

    /** {@code malformed}: not JSON of the expected shape (as opposed to JSON that fails validation). */
    public record Rejected(String reason, boolean malformed) implements Read {}

    public Read read(String value) {
        if (value == null || value.isBlank()) {
            return new Rejected("empty message: expected the JSON body of POST /api/v1/documents", true);
        }
        DocumentRequest request;
        try {
            request = json.readValue(value, DocumentRequest.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "" : " (field " + e.getPath().get(0).getFieldName() + ")";
            return new Rejected("invalid article JSON" + field + ": " + e.getOriginalMessage(), true);
        } catch (JsonProcessingException e) {
            return new Rejected("malformed JSON: " + e.getOriginalMessage(), true);
        }
        if (request == null) {
            return new Rejected("invalid article JSON: null", true);
        }
        String violations = validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ArticleReader::describe)
                .collect(Collectors.joining("; "));
        return violations.isEmpty() ? new Accepted(request) : new Rejected(violations, false);
    }

    private static String describe(ConstraintViolation<DocumentRequest> v) {
        return v.getPropertyPath() + ": " + v.getMessage();
    }
}
