package org.econfacts.document;

import java.time.OffsetDateTime;
import java.util.List;

/** A long job's progress: {@code done} of {@code total} documents, {@code failed} of them with errors. */
public record JobView(long id, String type, String status, int total, int done, int failed, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, List<String> errors) {}
