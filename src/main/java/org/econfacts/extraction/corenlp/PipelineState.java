package org.econfacts.extraction.corenlp;

import java.time.Duration;

/**
 * Where one CoreNLP pipeline is in its life: not asked for yet, loading, ready or failed to load.
 *
 * @param time how long it took to load (ready, failed), or has been loading so far; zero when idle
 */
public record PipelineState(String name, Status status, Duration time) {

    public enum Status {
        IDLE, LOADING, READY, FAILED;

        /** As reported by the health check: {@code loading}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PipelineState {
        if (name == null || status == null || time == null || time.isNegative()) {
            throw new IllegalArgumentException("bad pipeline state " + name);
        }
    }
}
