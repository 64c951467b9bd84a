package org.econfacts.importer;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts outcomes and draws the progress line on stderr: done/total, articles/s, ETA, failures.
 * On a terminal the line is redrawn in place every half second; otherwise (CI, a pipe) a new line
 * is written every five seconds.
 */
final class Progress {

    private final int total;
    private final long startNanos = System.nanoTime();
    private final Map<Outcome.Kind, AtomicLong> counts = new EnumMap<>(Outcome.Kind.class);
    private final Map<String, ConcurrentLinkedQueue<String>> failures = new ConcurrentHashMap<>();
    private final PrintStream out;
    private final boolean terminal;

    Progress(int total, PrintStream out, boolean terminal) {
        this.total = total;
        this.out = out;
        this.terminal = terminal;
        for (Outcome.Kind k : Outcome.Kind.values()) {
            counts.put(k, new AtomicLong());
        }
    }

    void record(Article article, Outcome outcome) {
        counts.get(outcome.kind()).incrementAndGet();
        if (outcome.kind() == Outcome.Kind.FAILED) {
            failures.computeIfAbsent(outcome.reason(), r -> new ConcurrentLinkedQueue<>()).add(article.id());
        }
    }

    long done() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long count(Outcome.Kind kind) {
        return counts.get(kind).get();
    }

    Map<String, ConcurrentLinkedQueue<String>> failures() {
        return failures;
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    long intervalMillis() {
        return terminal ? 500 : 5000;
    }

    void draw(boolean last) {
        long done = done();
        double rate = done / Math.max(seconds(), 1e-3);
        String eta = rate > 0 ? clock((total - done) / rate) : "--:--";
        int width = 24;
        int filled = total == 0 ? width : (int) (width * done / total);
        String line = String.format("[%s%s] %d/%d %5.1f%%  %.1f articles/s  ETA %s  stored %d  skipped %d  sent %d  failed %d",
                "#".repeat(filled), ".".repeat(width - filled), done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, eta,
                count(Outcome.Kind.STORED), count(Outcome.Kind.SKIPPED), count(Outcome.Kind.SENT), count(Outcome.Kind.FAILED));
        if (terminal) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }
}
