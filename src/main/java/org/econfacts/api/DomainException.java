package org.econfacts.api;

/**
 * Failures a caller can cause, thrown by services and mapped once to problem+json in
 * {@link ProblemMappers}. None of them knows HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound, DomainException.InvalidQuery, DomainException.TextTooLong,
                DomainException.Overloaded, DomainException.InvalidText {

    protected DomainException(String message) {
        super(message);
    }

    /** An id that names nothing stored. */
    public static final class NotFound extends DomainException {
        public NotFound(String what, Object id) {
            super(what + " " + id + " does not exist");
        }
    }

    /** A filter, sort or page value that cannot be honoured. */
    public static final class InvalidQuery extends DomainException {
        private final String parameter;

        public InvalidQuery(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Text longer than the configured limit. */
    public static final class TextTooLong extends DomainException {
        public TextTooLong(int length, int max) {
            super("text has " + length + " characters; the limit is " + max);
        }
    }

    /** Every extraction thread is busy and the waiting line is full: try again shortly. */
    public static final class Overloaded extends DomainException {
        public Overloaded() {
            super("the service is reading as many documents as it can; retry shortly");
        }
    }

    /** A text field holding something that is not Unicode text (an unpaired surrogate). */
    public static final class InvalidText extends DomainException {
        private final String field;

        public InvalidText(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
