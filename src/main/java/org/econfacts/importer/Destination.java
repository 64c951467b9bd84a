package org.econfacts.importer;

/** Where articles go: the REST API or the Kafka topic. Safe to call from several workers at once. */
interface Destination extends AutoCloseable {

    Outcome send(Article article) throws InterruptedException;

    @Override
    void close();
}
