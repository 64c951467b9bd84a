package org.econfacts.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.econfacts.extraction.Category;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;

/**
 * A fact as the API returns it. {@code value} is in base units (percent points for PERCENT, the
 * magnitude for a change); {@code start}/{@code end} are half-open Java string indices into the
 * document text as submitted; {@code text} is that slice; {@code sentence} is the sentence it was read
 * from, or the {@value SentenceExcerpt#MAX_LENGTH} characters of it around the figure with "…" where it is
 * cut, and {@code sentenceStart}/{@code sentenceEnd} the whole sentence's half-open span in the document
 * (null for facts stored before they were recorded, until the document is read again); {@code twinId} is the same figure in the other
 * language of a bilingual document. {@code equivalentOf} names the fact this amount restates in
 * another currency, at {@code exchangeRate} units of that fact's currency per unit of this one's;
 * {@code changeOf} the figure this change belongs to; {@code sameAs} the first mention of a repeat. A range
 * ("4 to 6 per cent") is two facts, one per end as written: the lower end's {@code valueMax} is the upper
 * end's value, and the upper end's {@code rangeOf} names the lower end's fact. {@code statisticId} is the
 * statistic the fact reports (GET /api/v1/statistics/{id}), shared by the facts of every document that report it.
 */
public record FactView(
        Long id,
        Long documentId,
        FigureKind kind,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        Approximation approximation,
        ChangeView change,
        PeriodView period,
        String subject,
        String text,
        int start,
        int end,
        String sentence,
        Integer sentenceStart,
        Integer sentenceEnd,
        String language,
        String rule,
        Long twinId,
        Category category,
        List<EntityView> entities,
        Long equivalentOf,
        BigDecimal exchangeRate,
        Long changeOf,
        Long sameAs,
        Long rangeOf,
        String statisticId) {

    /** An entity the fact is about: canonical name in its document, the name as written, its type. */
    public record EntityView(String name, String mention, String type) {}

    public record ChangeView(Change.Direction direction, Change.Basis basis) {}

    public record PeriodView(LocalDate start, LocalDate end, String label) {}
}
