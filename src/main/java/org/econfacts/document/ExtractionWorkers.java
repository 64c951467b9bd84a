package org.econfacts.document;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.econfacts.api.DomainException;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.metrics.EconfactsMetrics;

/**
 * The threads that read documents: one per core by default, with a bounded waiting line. When both
 * are full a new document is refused ({@link DomainException.Overloaded}, 429) instead of piling up
 * in memory.
 */
@ApplicationScoped
public class ExtractionWorkers {

    private final ThreadPoolExecutor pool;
    private final EconfactsMetrics metrics;

    public ExtractionWorkers(EconfactsConfig config, EconfactsMetrics metrics) {
        this.metrics = metrics;
        int threads = config.extraction().threads() > 0
                ? config.extraction().threads()
                : Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, config.extraction().queue())),
                r -> {
                    Thread t = new Thread(r, "extraction-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        metrics.watch(pool);
    }

    /** Runs {@code work} on an extraction thread and waits for it; its exceptions pass through. */
    public <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            metrics.extractionOverloaded();
            throw new DomainException.Overloaded();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a document", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
