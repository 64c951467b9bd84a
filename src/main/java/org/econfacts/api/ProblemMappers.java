package org.econfacts.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.econfacts.extraction.ExtractionTimeoutException;
import org.econfacts.extraction.ModelsLoadingException;
import org.econfacts.extraction.UnsupportedLanguageException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 {@code application/problem+json}. Bodies never carry
 * exception classes or stack traces; unexpected errors are logged and answered with a generic 500.
 */
public class ProblemMappers {

    /** The title of the 503 a document gets while the models of its language load. */
    public static final String MODELS_LOADING = "Language models loading";

    /** Seconds a client is told to wait before retrying a document whose models are loading. */
    static final int MODELS_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(DomainException.NotFound e, UriInfo uri) {
        return problem(Problem.of(404, "Not Found", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidQuery(DomainException.InvalidQuery e, UriInfo uri) {
        return problem(new Problem("about:blank", "Invalid query", 400, e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidText(DomainException.InvalidText e, UriInfo uri) {
        return problem(new Problem("about:blank", "Invalid request", 400, e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> tooLong(DomainException.TextTooLong e, UriInfo uri) {
        return problem(Problem.of(413, "Content Too Large", e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> overloaded(DomainException.Overloaded e, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(429)
                .entity(Problem.of(429, "Too Many Requests", e.getMessage(), uri.getPath()))
                .type(Problem.MEDIA_TYPE).header("Retry-After", "2").build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> timeout(ExtractionTimeoutException e, UriInfo uri) {
        return problem(Problem.of(422, "Extraction time budget exceeded",
                e.getMessage() + "; nothing was stored (split the text, or raise econfacts.extraction.time-budget)",
                uri.getPath()));
    }

    /** The database is unreachable (restarting, network): the request may be retried. */
    @ServerExceptionMapper
    public RestResponse<Problem> databaseDown(org.hibernate.exception.JDBCConnectionException e, UriInfo uri) {
        Log.warnf("database unreachable on %s: %s", uri.getPath(), e.getMessage());
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(Problem.of(503, "Service Unavailable", "the database is unreachable; retry shortly", uri.getPath()))
                .type(Problem.MEDIA_TYPE).header("Retry-After", "5").build();
    }

    /** The models of the document's language are still loading (retry) or failed to load (retry after a restart). */
    @ServerExceptionMapper
    public RestResponse<Problem> modelsLoading(ModelsLoadingException e, UriInfo uri) {
        RestResponse.ResponseBuilder<Problem> r = RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(Problem.of(503, MODELS_LOADING, e.getMessage() + "; nothing was stored", uri.getPath()))
                .type(Problem.MEDIA_TYPE);
        if (!e.failed()) {
            r.header("Retry-After", String.valueOf(MODELS_RETRY_AFTER_SECONDS));
        }
        return r.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupportedLanguage(UnsupportedLanguageException e, UriInfo uri) {
        return problem(new Problem("about:blank", "Unsupported language", 400, e.getMessage(), uri.getPath(),
                List.of(new Problem.FieldError("language", e.getMessage()))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(new Problem("about:blank", "Invalid request", 400, detail, uri.getPath(), errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformedJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : null;
        String detail = field == null ? "the body is not a JSON object of the expected shape"
                : e instanceof PublicationDateDeserializer.InvalidField f ? f.getOriginalMessage()
                : "field '" + field + "' has an invalid value";
        List<Problem.FieldError> errors = field == null ? null : List.of(new Problem.FieldError(field, detail));
        return problem(new Problem("about:blank", "Malformed request body", 400, detail, uri.getPath(), errors));
    }

    /** Jackson's own mappers answer these with an empty 400; ours names the field. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            String detail = "unknown field '" + u.getPropertyName() + "'";
            return problem(new Problem("about:blank", "Malformed request body", 400, detail, uri.getPath(),
                    List.of(new Problem.FieldError(u.getPropertyName(), detail))));
        }
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> badMapping(JsonMappingException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri) {
        Response r = e.getResponse();
        int status = r.getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        String title = r.getStatusInfo().getReasonPhrase();
        String detail = switch (status) {
            case 415 -> "send application/json";
            case 406 -> "this resource answers application/json";
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            default -> title;
        };
        return problem(Problem.of(status, title, detail, uri.getPath()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        Log.errorf(e, "unexpected failure on %s", uri.getPath());
        return problem(Problem.of(500, "Internal Server Error", "the request failed; it has been logged", uri.getPath()));
    }

    private static String leaf(String path) {
        // "create.request.text" -> "text"
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static RestResponse<Problem> problem(Problem p) {
        return RestResponse.ResponseBuilder.<Problem>create(p.status()).entity(p).type(Problem.MEDIA_TYPE).build();
    }
}
