package org.econfacts.extraction;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Lets a document through once the CoreNLP pipelines of its languages are loaded. A pipeline nobody
 * has asked for yet starts loading in the background; a document waits for its pipelines at most
 * {@code maxWait}, and never past its own deadline, then gets {@link ModelsLoadingException} (503 with
 * {@code Retry-After}) instead of holding an extraction thread for the tens of seconds a model takes.
 */
public final class ModelGate {

    private final CoreNlpPipelines pipelines;
    private final Duration maxWait;

    /** @param maxWait longest a document waits for a loading model; null: as long as its deadline allows */
    public ModelGate(CoreNlpPipelines pipelines, Duration maxWait) {
        this.pipelines = pipelines;
        this.maxWait = maxWait;
    }

    /** Returns once the pipelines of every passage's language family are loaded. */
    public void await(List<Passage> passages, Deadline deadline) {
        Set<String> families = new LinkedHashSet<>();
        passages.forEach(p -> families.add(p.language().family()));
        for (String family : families) {
            for (String name : CoreNlpPipelines.namesOf(family)) {
                if (!pipelines.isLoaded(name)) {
                    await(family, pipelines.load(name), deadline);
                }
            }
        }
    }

    private void await(String family, CompletableFuture<?> load, Deadline deadline) {
        Duration wait = deadline.remaining();
        if (maxWait != null && (wait == null || maxWait.compareTo(wait) < 0)) {
            wait = maxWait;
        }
        try {
            if (wait == null) {
                load.get();
            } else {
                load.get(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            throw new ModelsLoadingException(family, false);
        } catch (ExecutionException e) {
            throw new ModelsLoadingException(family, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelsLoadingException(family, false);
        }
    }
}
