package org.econfacts.statistic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.econfacts.extraction.Category;
import org.econfacts.fact.FactView;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;

/**
 * A statistic: one real-world number that one or more facts report. {@code value} is its agreed value (the most
 * precise of agreeing reports), the latest reading's after a revision, or the latest report's in a conflict; a
 * change's value is signed (a fall is negative), unlike a fact's. {@code status} is AGREED, CONFLICT (reports
 * disagree beyond rounding) or REVISED (a later publication changed the value); {@code values} are the distinct
 * readings, earliest first. {@code subject}, {@code entities} and {@code category} are those of its first report.
 */
public record StatisticView(
        String id,
        FigureKind kind,
        String unit,
        Category category,
        String subject,
        List<String> entities,
        FactView.PeriodView period,
        boolean change,
        Change.Basis basis,
        BigDecimal value,
        Reconcile.Status status,
        boolean conflict,
        boolean revised,
        int reports,
        int documents,
        LocalDate firstPublished,
        LocalDate lastPublished,
        List<BigDecimal> values) {

    /** A statistic with the facts that report it. */
    public record Detail(StatisticView statistic, List<ReportView> reports) {}

    /**
     * One report: the fact, its document's title and publication date, its value (signed, as the statistic's),
     * the text and sentence it was read from, and whether it agrees with the statistic's value.
     */
    public record ReportView(long factId, long documentId, String documentTitle, LocalDate publishedAt,
            BigDecimal value, String text, String sentence, String language, boolean agrees) {}
}
