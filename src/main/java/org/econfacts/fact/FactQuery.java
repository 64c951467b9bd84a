package org.econfacts.fact;

import io.quarkus.panache.common.Sort;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.econfacts.extraction.Category;
import org.econfacts.normalization.FigureKind;

/**
 * A validated fact search: every field but page, size and sort may be null (no filter). {@code entity} matches an entity's canonical name or the name as written
 * (case-insensitive); {@code change} is INCREASE, DECREASE or NONE. {@code from}
 * and {@code to} select facts whose period overlaps [from, to]; {@code period} is one exact period label
 * ({@code 2020}, {@code 2021-Q3}), the facts behind one point of a time series.
 */
public record FactQuery(
        FigureKind kind,
        String currency,
        String unit,
        String language,
        Long documentId,
        LocalDate from,
        LocalDate to,
        BigDecimal minValue,
        BigDecimal maxValue,
        String text,
        Category category,
        String entity,
        org.econfacts.normalization.Approximation approximation,
        String change,
        String subject,
        String period,
        Boolean hasDiscrepancy,
        int page,
        int size,
        Sort sort) {

    public FactQuery {
        if (page < 0 || size < 1 || sort == null) {
            throw new IllegalArgumentException("bad paging");
        }
    }

    public FactQuery withEntity(String e) {
        return new FactQuery(kind, currency, unit, language, documentId, from, to, minValue, maxValue, text, category, e,
                approximation, change, subject, period, hasDiscrepancy, page, size, sort);
    }
}
