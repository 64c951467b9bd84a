package org.econfacts.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a fixed list of jobs on {@code threads} threads that take the next job as soon as they are
 * free (closed loop: each thread is one client that sends its next request when the last one has
 * answered). Docs/s is jobs over wall time; latency is per job.
 */
final class Load {

    /** A job's outcome: {@code ok} false counts as an error; {@code value} is kept for comparison. */
    record Outcome<R>(boolean ok, R value) {}

    /** Results in job order, and the timing. */
    record Result<R>(List<R> values, Timing timing) {}

    interface Job<T, R> {
        Outcome<R> apply(T input) throws Exception;
    }

    private Load() {}

    static <T, R> Result<R> run(List<T> jobs, int threads, Job<T, R> job) {
        int n = jobs.size();
        long[] latency = new long[n];
        List<R> values = new ArrayList<>(java.util.Collections.nCopies(n, null));
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            Outcome<R> out = job.apply(jobs.get(i));
                            synchronized (values) {
                                values.set(i, out.value());
                            }
                            if (!out.ok()) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            System.err.println("job " + i + " failed: " + e);
                        }
                        latency[i] = System.nanoTime() - start;
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            return new Result<>(values, new Timing(System.nanoTime() - t0, latency, errors.get()));
        } catch (Exception e) {
            throw new IllegalStateException("load run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
