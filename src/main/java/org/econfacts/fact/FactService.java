package org.econfacts.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.econfacts.extraction.EntityGazetteer;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.Finding;
import org.econfacts.extraction.Link;
import org.econfacts.statistic.StatisticIdentity;
import org.econfacts.extraction.PairTwins;
import java.util.Map;
import org.econfacts.config.EconfactsConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;

/** Read use cases on stored facts. */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;
    private final FactAggregateRepository aggregates;
    private final EntityGazetteer gazetteer;
    private final FactWriter writer;
    private final EconfactsConfig config;
    private final StatisticIdentity statistics;
    private final FactRollups rollups;

    public FactService(FactRepository facts, FactAggregateRepository aggregates, EntityGazetteer gazetteer,
            FactWriter writer, EconfactsConfig config, StatisticIdentity statistics, FactRollups rollups) {
        this.statistics = statistics;
        this.rollups = rollups;
        this.writer = writer;
        this.config = config;
        this.facts = facts;
        this.aggregates = aggregates;
        this.gazetteer = gazetteer;
    }

    /**
     * Runs {@code delete}, which removes the facts of a document, and brings the rollups of their groups back in
     * line ({@link FactRollups#removing}), in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T removing(long documentId, java.util.function.Supplier<T> delete) {
        return rollups.removing(documentId, delete);
    }

    /** An entity asked for by an alias (上合組織, SCO) is looked up by its canonical name. */
    public FactQuery resolve(FactQuery q) {
        if (q.entity() == null) {
            return q;
        }
        return gazetteer.lookup(q.entity()).map(e -> q.withEntity(e.name())).orElse(q);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<FactView> search(FactQuery query) {
        int cap = query.text() != null || query.subject() != null
                ? config.limits().maxExactTotalText() : config.limits().maxExactTotal();
        PageView<Fact> page = facts.search(resolve(query), cap);
        return new PageView<>(views(page.items()), page.page(), page.size(), page.total(), page.totalExact());
    }

    /** Views of stored facts, with their entities (one query for all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FactView> views(List<Fact> stored) {
        Map<Long, List<FactEntity>> entities = facts.entitiesOf(stored.stream().map(f -> f.id).toList());
        return stored.stream().map(f -> FactMapper.toView(f, entities.getOrDefault(f.id, List.of()))).toList();
    }

    /** Writes every fact matching {@code query} (ignoring its paging), batch by batch, each in a short read. */
    public void export(FactQuery query, FactExport export) throws java.io.IOException {
        export.header();
        long after = 0;
        while (true) {
            long from = after;
            List<FactView> batch = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> views(facts.batchAfter(resolve(query), from, EXPORT_BATCH)));
            if (batch.isEmpty()) {
                return;
            }
            export.write(batch);
            after = batch.get(batch.size() - 1).id();
        }
    }

    private static final int EXPORT_BATCH = 1000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView summary(List<String> groupBy, FactQuery query) {
        return new SummaryView(groupBy, aggregates.summary(groupBy, resolve(query), MAX_GROUPS));
    }

    private static final int MAX_GROUPS = 500;

    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeseriesView timeseries(String granularity, FactQuery query) {
        return new TimeseriesView(granularity, aggregates.timeseries(granularity, resolve(query)));
    }

    /**
     * Writes a document's findings as facts with their entities, twins and links ({@link FactWriter}), and
     * returns their views in the order a read of the document gives (span, then id); {@code text} is the
     * document's text, in which each sentence is located once. The views are built from the rows as written,
     * each value as its column holds it ({@link #asStored}), so they equal what a later read returns. Must run
     * inside the caller's transaction, together with the document.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FactView> store(long documentId, String text, Extraction extraction, OffsetDateTime now) {
        List<Finding> findings = extraction.findings();
        SentenceExcerpt.Locator sentences = new SentenceExcerpt.Locator(text);
        OffsetDateTime created = asStored(now);
        List<Fact> stored = new ArrayList<>(findings.size());
        List<List<FactEntity>> entities = new ArrayList<>(findings.size());
        List<FactEntity> allEntities = new ArrayList<>();
        for (Finding finding : findings) {
            Fact f = FactMapper.toEntity(finding, sentences, documentId, created);
            f.amount = asStored(f.amount);
            stored.add(f);
            List<FactEntity> of = FactMapper.entities(finding, null);
            of.forEach(FactEntity::fillKeys);
            entities.add(of);
            allEntities.addAll(of);
        }
        writer.assignIds(stored, allEntities);
        List<String> identities = statistics.identities(extraction);
        for (int i = 0; i < stored.size(); i++) { // grouped here, in the facts' own transaction
            Fact f = stored.get(i);
            f.statisticId = identities.get(i) == null ? StatisticIdentity.single(f.id) : StatisticIdentity.id(identities.get(i));
        }
        for (int i = 0; i < stored.size(); i++) {
            for (FactEntity e : entities.get(i)) {
                e.factId = stored.get(i).id;
            }
        }
        for (PairTwins.Twin twin : extraction.twins()) {
            stored.get(twin.english()).twinId = stored.get(twin.chinese()).id;
            stored.get(twin.chinese()).twinId = stored.get(twin.english()).id;
        }
        for (Link link : extraction.links()) {
            Fact from = stored.get(link.from());
            Long to = stored.get(link.to()).id;
            switch (link.type()) {
                case EQUIVALENT_OF -> {
                    from.equivalentOf = to;
                    from.impliedRate = asStored(link.rate());
                }
                case CHANGE_OF -> from.changeOf = to;
                case SAME_AS -> from.sameAs = to;
                case UPPER_END_OF -> {
                    from.rangeOf = to;
                    stored.get(link.to()).amountMax = from.amount;
                }
            }
        }
        writer.insert(stored, allEntities);
        rollups.added(stored, FactWriter.keys(allEntities));
        List<FactView> views = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            views.add(FactMapper.toView(stored.get(i), entities.get(i)));
        }
        views.sort(Comparator.comparingInt(FactView::start).thenComparing(FactView::id)); // as FactRepository.ofDocument
        return views;
    }

    /** A decimal as a {@code numeric(38, 10)} column holds it (rounded half up, as H2 and PostgreSQL round). */
    static BigDecimal asStored(BigDecimal v) {
        return v == null ? null : v.setScale(10, RoundingMode.HALF_UP);
    }

    /** A time as a {@code timestamp with time zone} column holds it: whole microseconds, UTC. */
    public static OffsetDateTime asStored(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Entities with their fact counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntityCountView> entities(String q, int page, int size) {
        return facts.entityCounts(q, page, size).stream()
                .map(r -> new EntityCountView((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
