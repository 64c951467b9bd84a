package org.econfacts.metrics;

import java.util.Locale;
import org.econfacts.api.DomainException;
import org.econfacts.api.ProblemMappers;
import org.econfacts.extraction.ExtractionTimeoutException;
import org.econfacts.extraction.ModelsLoadingException;
import org.econfacts.extraction.UnsupportedLanguageException;

/**
 * Why a document was not stored, as a metric tag. A closed set, so the tag's cardinality is bounded:
 * never the message of the failure, which may quote the article.
 */
public enum RejectReason {
    /** Blank text, a missing or invalid field, text that is not Unicode. */
    INVALID,
    /** A body that is not JSON of the expected shape (or an article message that is not). */
    MALFORMED,
    UNSUPPORTED_LANGUAGE,
    TOO_LONG,
    /** Reading took longer than econfacts.extraction.time-budget. */
    TIME_BUDGET,
    /** Every extraction thread busy and the waiting line full (429). */
    OVERLOADED,
    /** A write without a valid key (401). */
    UNAUTHORIZED,
    /** Not application/json (415). */
    NOT_JSON,
    /** The database could not be reached (503). */
    DATABASE_UNAVAILABLE,
    /** The language models the document needs are still loading, or failed to load (503). */
    MODELS_LOADING,
    /** Anything else (a 5xx, an unexpected failure). */
    ERROR;

    /** The tag value: {@code time_budget}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason for a failure of {@code DocumentService.ingest}. */
    public static RejectReason of(Throwable failure) {
        if (failure instanceof DomainException.TextTooLong) {
            return TOO_LONG;
        }
        if (failure instanceof DomainException.InvalidText) {
            return INVALID;
        }
        if (failure instanceof DomainException.Overloaded) {
            return OVERLOADED;
        }
        if (failure instanceof UnsupportedLanguageException) {
            return UNSUPPORTED_LANGUAGE;
        }
        if (failure instanceof ExtractionTimeoutException) {
            return TIME_BUDGET;
        }
        if (failure instanceof ModelsLoadingException) {
            return MODELS_LOADING;
        }
        return ERROR;
    }

    /** The reason for an HTTP answer to a document post; {@code problemTitle} refines a 400. */
    public static RejectReason ofHttp(int status, String problemTitle) {
        return switch (status) {
            case 400 -> "Unsupported language".equals(problemTitle) ? UNSUPPORTED_LANGUAGE
                    : "Malformed request body".equals(problemTitle) ? MALFORMED : INVALID;
            case 401, 403 -> UNAUTHORIZED;
            case 413 -> TOO_LONG;
            case 415 -> NOT_JSON;
            case 422 -> TIME_BUDGET;
            case 429 -> OVERLOADED;
            case 503 -> ProblemMappers.MODELS_LOADING.equals(problemTitle) ? MODELS_LOADING : DATABASE_UNAVAILABLE;
            default -> status < 500 ? INVALID : ERROR;
        };
    }
}
