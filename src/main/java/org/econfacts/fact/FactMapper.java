package org.econfacts.fact;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.econfacts.extraction.EntityRef;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.Finding;
import org.econfacts.extraction.Link;
import org.econfacts.extraction.Mention;

/** Converts between findings, stored facts and their API view. */
public final class FactMapper {
    private FactMapper() {}

    /** A fact of a document, carrying an excerpt of its sentence found by {@code sentences} (see SentenceExcerpt). */
    public static Fact toEntity(Finding finding, SentenceExcerpt.Locator sentences, Long documentId, OffsetDateTime now) {
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
        SentenceExcerpt sentence = sentences.excerpt(finding.sentence(), m.start(), m.end());
        f.sentence = sentence.text();
        f.sentenceStart = sentence.start();
        f.sentenceEnd = sentence.end();
        f.language = m.language().tag();
        f.ruleName = m.rule();
        f.category = finding.category();
        f.createdAt = now;
        return f;
    }

    public static List<FactEntity> entities(Finding finding, Long factId) {
        return finding.entities().stream().map(e -> toEntity(e, factId)).toList();
    }

    private static FactEntity toEntity(EntityRef e, Long factId) {
        FactEntity fe = new FactEntity();
        fe.factId = factId;
        fe.name = e.name();
        fe.mention = e.mention();
        fe.type = e.type();
        return fe;
    }

    public static FactView toView(Fact f, List<FactEntity> entities) {
        return new FactView(f.id, f.documentId, f.kind, f.amount.stripTrailingZeros(),
                f.amountMax == null ? null : f.amountMax.stripTrailingZeros(), f.unit, f.approximation,
                f.changeDirection == null ? null : new FactView.ChangeView(f.changeDirection, f.changeBasis),
                f.periodLabel == null ? null : new FactView.PeriodView(f.periodStart, f.periodEnd, f.periodLabel),
                f.subject, f.mention, f.spanStart, f.spanEnd, f.sentence, f.sentenceStart, f.sentenceEnd, f.language, f.ruleName, f.twinId,
                f.category,
                entities.stream().map(e -> new FactView.EntityView(e.name, e.mention, e.type)).toList(),
                f.equivalentOf, f.impliedRate == null ? null : f.impliedRate.stripTrailingZeros(), f.changeOf, f.sameAs, f.rangeOf, f.statisticId);
    }

    /** The preview facts of an extraction, not stored: no ids, no document, no links; a range's lower end has its {@code valueMax}. */
    public static List<FactView> preview(Extraction extraction, SentenceExcerpt.Locator sentences) {
        List<Fact> facts = extraction.findings().stream().map(f -> toEntity(f, sentences, null, null)).toList();
        for (Link link : extraction.links()) {
            if (link.type() == Link.Type.UPPER_END_OF) {
                facts.get(link.to()).amountMax = facts.get(link.from()).amount;
            }
        }
        List<FactView> views = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            views.add(toView(facts.get(i), entities(extraction.findings().get(i), null)));
        }
        return views;
    }
}
