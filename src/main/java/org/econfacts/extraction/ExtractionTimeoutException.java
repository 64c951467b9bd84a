package org.econfacts.extraction;

import java.time.Duration;

/** Reading a document took longer than its budget; nothing of it is stored. */
public final class ExtractionTimeoutException extends RuntimeException {
    public ExtractionTimeoutException(Duration budget) {
        super("extraction exceeded its time budget of " + budget.toMillis() + " ms");
    }
}
