package org.econfacts.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;

/**
 * A fact as the API returns it. {@code value} is in base units (percent points for PERCENT, the
 * magnitude for a change); {@code start}/{@code end} are half-open Java string indices into the
 * document text as submitted; {@code text} is that slice; {@code twinId} is the same figure in the other
 * language of a bilingual document.
 */
public record FactView(
        Long id,
        Long documentId,
        FigureKind kind,
        BigDecimal value,
        String unit,
        Approximation approximation,
        ChangeView change,
        PeriodView period,
        String subject,
        String text,
        int start,
        int end,
        String sentence,
        String language,
        String rule,
        Long twinId) {

    public record ChangeView(Change.Direction direction, Change.Basis basis) {}

    public record PeriodView(LocalDate start, LocalDate end, String label) {}
}
