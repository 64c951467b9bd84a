package org.econfacts.statistic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.econfacts.api.DomainException;
import org.econfacts.fact.Fact;
import org.econfacts.fact.FactQuery;
import org.econfacts.fact.FactService;
import org.econfacts.fact.FactView;
import org.econfacts.fact.PageView;
import org.econfacts.fact.TimeseriesView;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureKind;

/** Read use cases on statistics: list, one with its reports, and a time series that counts each once. */
@ApplicationScoped
public class StatisticService {

    /** How many statistics a status filter or a time series weighs at most (the page then says the total is a bound). */
    static final int CANDIDATES = 10_000;

    private final StatisticRepository repository;
    private final FactService facts;

    public StatisticService(StatisticRepository repository, FactService facts) {
        this.repository = repository;
        this.facts = facts;
    }

    /**
     * Statistics with a fact that matches {@code q}, in {@code order}; {@code status}, when given, keeps only the
     * statistics of that status ({@code negate}: all but those).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<StatisticView> search(FactQuery q, StatisticOrder order, Reconcile.Status status, boolean negate) {
        FactQuery query = facts.resolve(q);
        int offset = query.page() * query.size();
        if (status == null) {
            List<String> ids = repository.page(query, order, offset, query.size());
            return new PageView<>(views(ids), query.page(), query.size(), repository.count(query));
        }
        List<String> candidates = repository.page(query, order, 0, CANDIDATES);
        Set<String> mayDiffer = new HashSet<>(repository.disagreeing(candidates));
        Map<String, Reconcile.Status> judged = new HashMap<>(); // a statistic whose reports give one value agrees
        views(candidates.stream().filter(mayDiffer::contains).toList()).forEach(v -> judged.put(v.id(), v.status()));
        List<String> matching = candidates.stream()
                .filter(id -> (judged.getOrDefault(id, Reconcile.Status.AGREED) == status) != negate).toList();
        List<String> pageIds = matching.subList(Math.min(offset, matching.size()), Math.min(matching.size(), offset + query.size()));
        return new PageView<>(views(pageIds), query.page(), query.size(), matching.size(), candidates.size() < CANDIDATES);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatisticView.Detail get(String id) {
        List<StatisticRepository.Report> reports = StatisticIdentity.wellFormed(id) ? repository.reports(List.of(id)) : List.of();
        if (reports.isEmpty()) {
            throw new DomainException.NotFound("statistic", id);
        }
        StatisticView statistic = view(id, reports, first(reports));
        List<StatisticView.ReportView> out = new ArrayList<>();
        for (StatisticRepository.Report r : reports) {
            BigDecimal v = signed(r.fact());
            out.add(new StatisticView.ReportView(r.fact().id, r.fact().documentId, r.title(), r.published(), v,
                    r.fact().mention, r.fact().sentence, r.fact().language, Reconcile.agree(v, statistic.value())));
        }
        return new StatisticView.Detail(statistic, out);
    }

    /** Per period and unit: how many statistics, and the sum, least and greatest of their values (each counted once). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeseriesView timeseries(String granularity, FactQuery q) {
        List<String> ids = repository.ofGranularity(granularity, facts.resolve(q), CANDIDATES);
        Map<List<Object>, List<StatisticView>> points = new LinkedHashMap<>();
        for (StatisticView v : views(ids)) {
            if (v.period() != null) {
                points.computeIfAbsent(List.of(v.period().label(), v.kind(), v.unit() == null ? "" : v.unit()),
                        k -> new ArrayList<>()).add(v);
            }
        }
        List<TimeseriesView.Point> out = new ArrayList<>();
        points.forEach((key, stats) -> {
            StatisticView any = stats.get(0);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal min = any.value();
            BigDecimal max = any.value();
            for (StatisticView s : stats) {
                sum = sum.add(s.value());
                min = min.min(s.value());
                max = max.max(s.value());
            }
            out.add(new TimeseriesView.Point(any.period().label(), any.period().start(), any.period().end(), any.kind(),
                    any.unit(), stats.size(), any.kind() == FigureKind.PERCENT ? null : sum.stripTrailingZeros(),
                    min.stripTrailingZeros(), max.stripTrailingZeros()));
        });
        out.sort(Comparator.comparing(TimeseriesView.Point::period).thenComparing(p -> p.kind().name())
                .thenComparing(p -> p.unit() == null ? "" : p.unit()));
        return new TimeseriesView(granularity, out);
    }

    /** Views of the statistics, in the order of {@code ids}. */
    private List<StatisticView> views(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<StatisticRepository.Report>> byStatistic = new LinkedHashMap<>();
        for (StatisticRepository.Report r : repository.reports(ids)) {
            byStatistic.computeIfAbsent(r.fact().statisticId, k -> new ArrayList<>()).add(r);
        }
        List<Fact> firsts = new ArrayList<>();
        for (String id : ids) {
            List<StatisticRepository.Report> reports = byStatistic.get(id);
            if (reports != null) {
                firsts.add(reports.get(0).fact());
            }
        }
        Map<String, FactView> firstViews = new LinkedHashMap<>();
        facts.views(firsts).forEach(v -> firstViews.put(v.statisticId(), v));
        List<StatisticView> out = new ArrayList<>();
        for (String id : ids) {
            List<StatisticRepository.Report> reports = byStatistic.get(id);
            if (reports != null) {
                out.add(view(id, reports, firstViews.get(id)));
            }
        }
        return out;
    }

    private FactView first(List<StatisticRepository.Report> reports) {
        return facts.views(List.of(reports.get(0).fact())).get(0);
    }

    private static StatisticView view(String id, List<StatisticRepository.Report> reports, FactView first) {
        List<Reconcile.Report> values = new ArrayList<>();
        Set<Long> documents = new LinkedHashSet<>();
        LocalDate firstPublished = null;
        LocalDate lastPublished = null;
        for (StatisticRepository.Report r : reports) {
            values.add(new Reconcile.Report(signed(r.fact()), r.published(), r.fact().id));
            documents.add(r.fact().documentId);
            if (r.published() != null) {
                firstPublished = firstPublished == null || r.published().isBefore(firstPublished) ? r.published() : firstPublished;
                lastPublished = lastPublished == null || r.published().isAfter(lastPublished) ? r.published() : lastPublished;
            }
        }
        Reconcile.Verdict verdict = Reconcile.judge(values);
        List<BigDecimal> readings = verdict.readings().stream().map(reading -> reading.get(0).value().stripTrailingZeros()).toList();
        Fact f = reports.get(0).fact();
        return new StatisticView(id, f.kind, f.unit, f.category, f.subject,
                first.entities().stream().map(FactView.EntityView::name).distinct().toList(), first.period(),
                f.changeDirection != null, f.changeBasis, verdict.value().stripTrailingZeros(), verdict.status(),
                verdict.status() == Reconcile.Status.CONFLICT, verdict.status() == Reconcile.Status.REVISED,
                reports.size(), documents.size(), firstPublished, lastPublished, readings);
    }

    /** A fact's value as a statistic holds it: a fall is negative. */
    static BigDecimal signed(Fact f) {
        return f.changeDirection == Change.Direction.DECREASE ? f.amount.negate() : f.amount;
    }
}
