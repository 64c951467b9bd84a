package org.econfacts.importer;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk import: a folder of articles or a JSON Lines file, through the REST API or onto the Kafka
 * topic, with N workers, a live progress line and a summary of failures (see README "Bulk import").
 * Re-running is a resume: articles already stored are answered 200 by the service and counted as
 * skipped, without being read again. Exit status: 0 all done, 1 some failed, 2 usage error.
 */
public final class Importer {

    private Importer() {}

    public static void main(String[] args) throws Exception {
        ImportOptions options;
        try {
            options = ImportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ImportOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    static int run(ImportOptions options) throws IOException, InterruptedException {
        List<Article> articles = ArticleFiles.read(options.source());
        System.err.printf("%d articles in %s -> %s, %d workers%n", articles.size(), options.source(),
                options.url().map(u -> u + "/api/v1/documents")
                        .orElseGet(() -> "Kafka " + options.kafka().orElseThrow() + " topic " + options.topic()),
                options.workers());
        Progress progress = new Progress(articles.size(), System.err, System.console() != null);
        try (Destination destination = destination(options)) {
            AtomicInteger next = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(options.workers());
            for (int w = 0; w < options.workers(); w++) {
                workers.submit(() -> work(articles, next, destination, progress));
            }
            workers.shutdown();
            while (!workers.awaitTermination(progress.intervalMillis(), TimeUnit.MILLISECONDS)) {
                progress.draw(false);
            }
            progress.draw(true);
        }
        summary(progress);
        return progress.count(Outcome.Kind.FAILED) == 0 ? 0 : 1;
    }

    private static Destination destination(ImportOptions o) throws InterruptedException {
        if (o.url().isPresent()) {
            return new RestDestination(o.url().get(), o.apiKey());
        }
        return new KafkaDestination(o.kafka().orElseThrow(), o.topic(), o.partitions());
    }

    private static Void work(List<Article> articles, AtomicInteger next, Destination destination, Progress progress)
            throws InterruptedException {
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
            Article article = articles.get(i);
            Outcome outcome;
            try {
                outcome = destination.send(article);
            } catch (RuntimeException e) {
                outcome = Outcome.failed(e.toString());
            }
            progress.record(article, outcome);
        }
        return null;
    }

    private static void summary(Progress p) {
        double s = p.seconds();
        System.out.printf("imported %d articles in %.1f s (%.1f articles/s): %d stored, %d already stored (skipped), "
                        + "%d sent to Kafka, %d failed%n", p.done(), s, p.done() / Math.max(s, 1e-3),
                p.count(Outcome.Kind.STORED), p.count(Outcome.Kind.SKIPPED), p.count(Outcome.Kind.SENT),
                p.count(Outcome.Kind.FAILED));
        for (Map.Entry<String, ConcurrentLinkedQueue<String>> f : p.failures().entrySet()) {
            List<String> ids = List.copyOf(f.getValue());
            System.out.printf("  %d failed: %s%n    e.g. %s%n", ids.size(), f.getKey(),
                    String.join(", ", ids.subList(0, Math.min(5, ids.size()))));
        }
    }
}
