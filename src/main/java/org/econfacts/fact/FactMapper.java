package org.econfacts.fact;

import java.time.OffsetDateTime;
import org.econfacts.extraction.Finding;
import org.econfacts.extraction.Mention;

/** Converts between findings, stored facts and their API view. */
public final class FactMapper {
    private FactMapper() {}

    public static Fact toEntity(Finding finding, Long documentId, OffsetDateTime now) {
        Mention m = finding.mention();
        Fact f = new Fact();
        f.documentId = documentId;
        f.kind = m.value().kind();
        f.amount = m.value().value();
        f.unit = m.value().unit();
        f.approximation = m.approximation();
        if (m.change() != null) {
            f.changeDirection = m.change().direction();
            f.changeBasis = m.change().basis();
        }
        if (m.period() != null) {
            f.periodStart = m.period().start();
            f.periodEnd = m.period().end();
            f.periodLabel = m.period().label();
        }
        f.subject = m.subject();
        f.mention = m.text();
        f.spanStart = m.start();
        f.spanEnd = m.end();
        f.sentence = finding.sentence();
        f.language = m.language().tag();
        f.ruleName = m.rule();
        f.createdAt = now;
        return f;
    }

    public static FactView toView(Fact f) {
        return new FactView(f.id, f.documentId, f.kind, f.amount.stripTrailingZeros(), f.unit, f.approximation,
                f.changeDirection == null ? null : new FactView.ChangeView(f.changeDirection, f.changeBasis),
                f.periodLabel == null ? null : new FactView.PeriodView(f.periodStart, f.periodEnd, f.periodLabel),
                f.subject, f.mention, f.spanStart, f.spanEnd, f.sentence, f.language, f.ruleName, f.twinId);
    }

    /** A preview fact, not stored: no id, no document. */
    public static FactView toView(Finding finding) {
        return toView(toEntity(finding, null, null));
    }
}
