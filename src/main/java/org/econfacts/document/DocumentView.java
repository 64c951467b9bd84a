package org.econfacts.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.econfacts.fact.FactView;

/** A stored document with its facts, as the API returns it. */
public record DocumentView(
        Long id,
        String title,
        String url,
        LocalDate publishedAt,
        LocalDate referenceDate,
        String language,
        OffsetDateTime createdAt,
        String text,
        List<FactView> facts) {}
