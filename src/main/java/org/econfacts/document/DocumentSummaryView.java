package org.econfacts.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A document in a listing: no text, no facts, just how many facts it has. */
public record DocumentSummaryView(
        Long id, String title, String url, LocalDate publishedAt, String language, OffsetDateTime createdAt,
        long factCount) {}
