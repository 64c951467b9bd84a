package org.econfacts.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP rows: the packaged service started as a child process, time to ready and to the first
 * answered POST, then {@code POST /api/v1/documents} under 1, 4 and 8 closed-loop clients. Every POST
 * carries a unique text (the article plus a line of spaces and tabs that encodes a counter: no
 * letters, so no extra passage to read, but a new SHA-256), so each one is read and stored; the
 * dedupe path (the very same text again, 200) is measured separately. RSS is sampled from /proc during
 * the 8-client run; heap is read with jcmd after it.
 */
final class ServiceBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong nonce = new AtomicLong(1);
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int rounds;

    ServiceBench(int rounds) {
        this.rounds = rounds;
    }

    List<Row> rows() {
        return rows;
    }

    List<String> notes() {
        return notes;
    }

    /** Starts the service, then runs each named load (e.g. "mixed", "en") under 1, 4 and 8 clients. */
    void run(Path jar, String maxHeap, Map<String, List<Article>> loads) throws Exception {
        try (ServiceProcess service = new ServiceProcess(jar, maxHeap)) {
            try {
                measure(service, maxHeap, loads);
            } catch (Exception | AssertionError e) {
                System.err.println("service log tail:\n" + service.logTail());
                throw e;
            }
        }
    }

    private void measure(ServiceProcess service, String maxHeap, Map<String, List<Article>> loads) throws Exception {
        double ready = awaitReady(service);
        notes.add(String.format("service: each language warm (serving) after start: %s", warmAt));
        long t = System.nanoTime();
        List<Article> articles = loads.values().iterator().next();
        int first = post(service, unique(articles.get(0)));
        notes.add(String.format("service: ready (/q/health/ready UP) %.1f s after start; first POST answered (%d) "
                + "%.1f s after start (%.2f s after ready)", ready, first, service.secondsSinceStart(),
                (System.nanoTime() - t) / 1e9));
        Load.run(InProcessBench.repeat(articles, 2), 2, a -> new Load.Outcome<>(post(service, unique(a)) == 201, null)); // warm-up
        List<Posted> sent = new ArrayList<>();
        for (Map.Entry<String, List<Article>> load : loads.entrySet()) {
            sent.addAll(load(service, maxHeap, load.getKey(), load.getValue()));
        }
        List<Posted> again = sent.subList(0, Math.min(sent.size(), 64));
        for (int clients : new int[] {1, 8}) {
            Timing timing = Load.run(again, clients, p -> new Load.Outcome<>(post(service, p) == 200, null)).timing();
            rows.add(new Row("HTTP POST (same text: dedupe)", "mixed", clients, timing, 0, 0, "", "answers 200"));
        }
    }

    /** One load under 1, 4 and 8 clients: at least 48 requests each, so that p99 means something. */
    private List<Posted> load(ServiceProcess service, String maxHeap, String name, List<Article> articles)
            throws Exception {
        List<Article> jobs = InProcessBench.repeat(articles, Math.max(rounds, (47 + articles.size()) / articles.size()));
        long tokens = jobs.stream().mapToLong(Article::englishTokens).sum();
        long han = jobs.stream().mapToLong(Article::hanChars).sum();
        List<Posted> sent = new ArrayList<>();
        for (int clients : new int[] {1, 4, 8}) {
            List<Posted> batch = jobs.stream().map(this::unique).toList();
            sent.addAll(batch);
            RssSampler rss = clients == 8 ? RssSampler.start(service) : null;
            Timing timing = Load.run(batch, clients, p -> new Load.Outcome<>(post(service, p) == 201, null)).timing();
            service.checkAlive(name + " load with " + clients + " clients");
            String note = rss == null ? "" : "peak RSS " + rss.stop() / 1024 + " MB (-Xmx" + maxHeap + ")";
            String heap = clients == 8 ? heap(service) : "";
            rows.add(new Row("HTTP POST (new text)", name, clients, timing, tokens, han, heap, note));
        }
        return sent;
    }

    /** Used heap before and after a full GC, in MB, as "before / after GC". */
    private static String heap(ServiceProcess service) throws Exception {
        long before = service.heapUsedKb(false);
        long after = service.heapUsedKb(true);
        return (before / 1024) + " / " + (after / 1024) + " after GC";
    }

    private double awaitReady(ServiceProcess service) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (service.secondsSinceStart() < 180) {
            if (!service.isAlive()) {
                throw new IllegalStateException("service exited during start-up");
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                noteWarm(r.body(), service.secondsSinceStart());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return service.secondsSinceStart();
                }
            } catch (java.io.IOException notYet) {
                // port not open yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("service not ready after 180 s");
    }

    /** When each language first read "warm" in the readiness data (it serves from then on). */
    private final Map<String, String> warmAt = new LinkedHashMap<>();

    private void noteWarm(String body, double seconds) {
        try {
            for (com.fasterxml.jackson.databind.JsonNode check : JSON.readTree(body).path("checks")) {
                String warm = check.path("data").path("warm").asText("");
                for (String language : warm.split(",")) {
                    if (!language.isBlank()) {
                        warmAt.putIfAbsent(language, String.format(java.util.Locale.ROOT, "%s %.1f s", language, seconds));
                    }
                }
            }
        } catch (java.io.IOException notJson) {
            // not up yet
        }
    }

    /** A request body ready to send. */
    private record Posted(String json) {}

    private Posted unique(Article a) {
        String mark = Long.toBinaryString(nonce.getAndIncrement()).replace('0', ' ').replace('1', '\t');
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", a.text() + "\n" + mark);
        if (a.publishedAt() != null) {
            body.put("publishedAt", a.publishedAt().toString());
        }
        try {
            return new Posted(JSON.writeValueAsString(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int post(ServiceProcess service, Posted body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/documents"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.json()))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            System.err.println("POST answered " + r.statusCode() + ": " + r.body());
        }
        return r.statusCode();
    }

    /** Samples the service's RSS every 100 ms on a daemon thread; {@link #stop} returns the peak (kB). */
    private static final class RssSampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;

        static RssSampler start(ServiceProcess service) {
            RssSampler s = new RssSampler();
            s.thread = new Thread(() -> {
                while (s.running.get()) {
                    s.peak.accumulateAndGet(service.rssKb(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}
