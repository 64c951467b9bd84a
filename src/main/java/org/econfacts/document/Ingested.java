package org.econfacts.document;

/** The outcome of an ingest: the document, and whether this call created it or found it stored. */
public record Ingested(DocumentView document, boolean created) {}
