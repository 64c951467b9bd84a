package org.econfacts.importer;

/**
 * What became of one article: stored now, already stored (skipped: the service found its text by
 * hash and did not read it again), handed to Kafka, or failed with a reason.
 */
record Outcome(Kind kind, String reason) {

    enum Kind { STORED, SKIPPED, SENT, FAILED }

    static final Outcome STORED = new Outcome(Kind.STORED, null);
    static final Outcome SKIPPED = new Outcome(Kind.SKIPPED, null);
    static final Outcome SENT = new Outcome(Kind.SENT, null);

    static Outcome failed(String reason) {
        return new Outcome(Kind.FAILED, reason);
    }
}
