package org.econfacts.importer;

/**
 * One article to import: a stable id (its file, or file:line for JSON Lines; also the Kafka key)
 * and the JSON body of {@code POST /api/v1/documents}.
 */
record Article(String id, String json) {}
