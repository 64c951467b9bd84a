package org.econfacts.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.econfacts.document.DocumentRequest;
import org.econfacts.document.DocumentService;
import org.econfacts.document.Ingested;
import org.econfacts.extraction.Deadline;
import org.econfacts.extraction.DocumentInput;
import org.econfacts.extraction.Extraction;
import org.econfacts.statistic.StatisticIdentity;
import org.econfacts.extraction.ExtractionPipeline;
import org.junit.jupiter.api.Test;

/**
 * Storage benchmark, not a test (its name keeps it out of the suite): how many fact rows a second the real
 * write path stores ({@link DocumentService#ingest(DocumentRequest, java.util.function.Function)}: hash lookup,
 * one transaction with the document, its facts, their entities and links, and the read-back of the stored
 * document), with CoreNLP out of the timing. The generated articles of every set are read once, up front;
 * each stored document is one of them plus a line of spaces and tabs that encodes a counter (a new hash,
 * the same spans), stored with the extraction read beforehand.
 *
 * <p>Runs against the test datasource: H2 in memory by default, PostgreSQL with the variables of .ci/run
 * (docs/performance.md "Storage speed"). Give it a database of its own: it leaves thousands of documents behind,
 * which a later test run (the re-extraction job reads every document) would then have to read. Options as system
 * properties:
 * {@code bench.docs} (documents per measured row, 2000), {@code bench.threads} (comma list, "1,4"),
 * {@code bench.warmup} (documents before the first row, 300), {@code bench.articles} (generated articles per
 * set, 4), {@code bench.out} (append the report to this file).
 */
@QuarkusTest
@TestProfile(IngestBench.Quiet.class)
class IngestBench {

    /** The test profile without its DEBUG line per stored document, which would be timed too. */
    public static class Quiet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.log.category.\"org.econfacts\".level", "INFO",
                    "%test.quarkus.log.category.\"org.econfacts\".level", "INFO");
        }
    }

    @Inject
    DocumentService documents;

    @Inject
    ExtractionPipeline pipeline;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StatisticIdentity statistics;

    private final AtomicLong nonce = new AtomicLong(System.nanoTime());

    /** A generated article and what the extractor read from it. */
    private record Read(Article article, Extraction extraction) {}

    @Test
    void storesPreExtractedDocuments() throws Exception {
        int docs = Integer.getInteger("bench.docs", 2000);
        int warmup = Integer.getInteger("bench.warmup", 300);
        int perSet = Integer.getInteger("bench.articles", 4);
        int[] threads = Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();

        List<Read> reads = new ArrayList<>();
        for (Article a : new ArticleGenerator(42).generate(perSet)) {
            reads.add(new Read(a, pipeline.run(new DocumentInput(a.text(), a.publishedAt(), null),
                    Deadline.in(Duration.ofMinutes(2)))));
        }
        long factsPerRound = reads.stream().mapToLong(r -> r.extraction().findings().size()).sum();
        long entitiesPerRound = reads.stream()
                .mapToLong(r -> r.extraction().findings().stream().mapToLong(f -> f.entities().size()).sum()).sum();
        long linksPerRound = reads.stream()
                .mapToLong(r -> r.extraction().links().size() + 2L * r.extraction().twins().size()).sum();

        List<String> report = new ArrayList<>();
        String db;
        try (Connection c = dataSource.getConnection()) {
            db = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        report.add(String.format("database: %s; %d articles (%s), per article %.1f facts, %.2f entities a fact,"
                        + " %.1f links/twins; cores %d", db, reads.size(), String.join(",",
                        reads.stream().map(r -> r.article().set()).distinct().toList()),
                (double) factsPerRound / reads.size(), (double) entitiesPerRound / factsPerRound,
                (double) linksPerRound / reads.size(), Runtime.getRuntime().availableProcessors()));

        run(reads, warmup, 2);
        report.add("");
        report.add("| threads | documents | s | documents/s | fact rows/s | entity rows/s | p50 ms | p99 ms |");
        report.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int t : threads) {
            long before = count("select count(*) from fact");
            long beforeEntities = count("select count(*) from fact_entity");
            Result r = run(reads, docs, t);
            long stored = count("select count(*) from fact") - before;
            long storedEntities = count("select count(*) from fact_entity") - beforeEntities;
            assertThat(stored).as("fact rows stored").isEqualTo(r.facts());
            assertThat(storedEntities).as("entity rows stored").isEqualTo(r.entities());
            report.add(String.format("| %d | %d | %.2f | %.1f | %.0f | %.0f | %.2f | %.2f |", t, docs,
                    r.timing().seconds(), r.timing().docsPerSecond(), stored / r.timing().seconds(),
                    storedEntities / r.timing().seconds(), r.timing().percentileMillis(50),
                    r.timing().percentileMillis(99)));
            System.out.println(report.get(report.size() - 1));
        }
        // grouping facts into statistics (issue 16) is one pure pass over a document's findings in the store's
        // transaction; its share of the one-thread store time per document, measured here on the same articles
        int rounds = 20_000;
        long sink = 0;
        long g0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += statistics.identities(reads.get(i % reads.size()).extraction()).size();
        }
        double groupingMicros = (System.nanoTime() - g0) / 1e3 / rounds;
        report.add("");
        report.add(String.format("statistic grouping: %.1f µs a document (%d documents, %d identities)", groupingMicros,
                rounds, sink));
        String text = String.join("\n", report) + "\n";
        System.out.println("\n== IngestBench ==\n" + text);
        String out = System.getProperty("bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private record Result(Timing timing, long facts, long entities) {}

    /** Stores {@code n} new documents on {@code threads} threads; every one must be created, with its facts. */
    private Result run(List<Read> reads, int n, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong facts = new AtomicLong();
        AtomicLong entities = new AtomicLong();
        long[] latency = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                        Read r = reads.get(k % reads.size());
                        DocumentRequest request = new DocumentRequest(unique(r.article().text()), null, null,
                                r.article().publishedAt(), null);
                        long s = System.nanoTime();
                        Ingested in = documents.ingest(request, stored -> r.extraction());
                        latency[k] = System.nanoTime() - s;
                        if (!in.created() || in.document().facts().size() != r.extraction().findings().size()) {
                            throw new IllegalStateException("document " + k + " not stored with its facts");
                        }
                        facts.addAndGet(in.document().facts().size());
                        entities.addAndGet(in.document().facts().stream().mapToLong(f -> f.entities().size()).sum());
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result(new Timing(System.nanoTime() - t0, latency, 0), facts.get(), entities.get());
    }

    /** The text plus a last line of spaces and tabs encoding a counter: a new hash, every span unchanged. */
    private String unique(String text) {
        return text + "\n" + Long.toBinaryString(nonce.getAndIncrement()).replace('0', ' ').replace('1', '\t');
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
