package org.econfacts.extraction;

/**
 * A document needs CoreNLP models that are not loaded: still loading (retry in a few seconds) or
 * failed to load (retrying does not help until the service restarts). Nothing of it is stored.
 */
public final class ModelsLoadingException extends RuntimeException {

    private final String family;
    private final boolean failed;

    public ModelsLoadingException(String family, boolean failed) {
        super(failed
                ? "the language models for '" + family + "' failed to load; see the service log"
                : "the language models for '" + family + "' are still loading; retry shortly");
        this.family = family;
        this.failed = failed;
    }

    /** The language family whose models are missing: {@code en}, {@code zh}. */
    public String family() {
        return family;
    }

    /** True when they failed to load, false while they are loading. */
    public boolean failed() {
        return failed;
    }
}
