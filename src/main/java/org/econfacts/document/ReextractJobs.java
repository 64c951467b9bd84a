package org.econfacts.document;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-extraction of every stored document as a background job whose progress callers poll. One job
 * runs at a time (a second request returns the running one); each document is read and replaced on
 * its own, so a failure leaves that document's old facts and the job goes on. Jobs live in memory,
 * bounded: the {@value #KEPT_JOBS} most recent are kept (older finished ones are forgotten) and a restart
 * forgets them all (a finished re-extraction is in the store regardless; a job cut short by a restart
 * is simply started again).
 */
@ApplicationScoped
public class ReextractJobs {

    /** Errors kept per job, so a job over a broken archive does not grow without bound. */
    private static final int MAX_ERRORS = 20;

    /** Jobs remembered; the oldest finished ones are forgotten beyond this. */
    static final int KEPT_JOBS = 20;

    private final DocumentService documents;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reextract-job");
        t.setDaemon(true);
        return t;
    });

    public ReextractJobs(DocumentService documents) {
        this.documents = documents;
    }

    /** Mutable progress of one job, read through {@link #view()}. */
    static final class Job {
        final long id;
        final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        volatile int total;
        volatile int done;
        volatile int failed;
        volatile OffsetDateTime finishedAt;
        final List<String> errors = new ArrayList<>();

        Job(long id) {
            this.id = id;
        }

        synchronized JobView view() {
            String status = finishedAt == null ? "RUNNING" : "DONE";
            return new JobView(id, "reextract", status, total, done, failed, startedAt, finishedAt, List.copyOf(errors));
        }

        synchronized void fail(long documentId, String reason) {
            failed++;
            if (errors.size() < MAX_ERRORS) {
                errors.add("document " + documentId + ": " + reason);
            }
        }
    }

    public synchronized JobView start() {
        Optional<Job> running = jobs.values().stream().filter(j -> j.finishedAt == null).findFirst();
        if (running.isPresent()) {
            return running.get().view();
        }
        Job job = new Job(ids.incrementAndGet());
        jobs.put(job.id, job);
        forgetOldJobs();
        runner.submit(() -> run(job));
        return job.view();
    }

    /** Keeps at most {@link #KEPT_JOBS}: only one runs at a time, so every other one is finished. */
    private void forgetOldJobs() {
        jobs.values().stream().filter(j -> j.finishedAt != null).map(j -> j.id).sorted()
                .limit(Math.max(0, jobs.size() - KEPT_JOBS)).toList()
                .forEach(jobs::remove);
    }

    public Optional<JobView> get(long id) {
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    private void run(Job job) {
        try {
            List<Long> ids = documents.allIds();
            job.total = ids.size();
            for (long id : ids) {
                try {
                    documents.reextract(id);
                } catch (RuntimeException e) {
                    Log.warnf("re-extraction of document %d failed: %s", id, e.toString());
                    job.fail(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
                job.done++;
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "re-extraction job %d stopped", job.id);
            job.fail(-1, "job stopped: " + e.getMessage());
        } finally {
            job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
