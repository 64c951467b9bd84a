package org.econfacts.document;

import java.util.List;
import org.econfacts.fact.FactView;

/** Converts stored documents to their API views. */
public final class DocumentMapper {
    private DocumentMapper() {}

    public static DocumentView toView(Document d, List<FactView> facts) {
        return new DocumentView(d.id, d.title, d.url, d.publishedAt, d.referenceDate, d.language, d.createdAt,
                d.text, facts);
    }

    public static DocumentSummaryView toSummary(Document d, long factCount) {
        return new DocumentSummaryView(d.id, d.title, d.url, d.publishedAt, d.language, d.createdAt, factCount);
    }
}
