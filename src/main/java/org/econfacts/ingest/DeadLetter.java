package org.econfacts.ingest;

/**
 * What the dead-letter topic carries for an article that cannot be stored as sent: why, where it came
 * from, and the value as received (so it can be fixed and sent again). The reason is also the
 * {@code econfacts-reason} header.
 */
public record DeadLetter(String reason, String articleKey, String topic, int partition, long offset, String value) {}
