package org.econfacts.extraction;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArraySet;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * Brings the preloaded languages up one family at a time, in the order of {@code econfacts.nlp.preload}:
 * a family's pipelines load in parallel; once they are loaded the next family starts loading while this
 * one is warmed up (its built-in sentences, {@code extraction/<family>/warmup.txt}, run through the whole
 * extraction pipeline ten times or for {@code econfacts.nlp.warmup}, whichever is shorter, so the JIT has
 * compiled the hot path before real documents come), and then it is warm. Readiness ({@link NlpReadiness}) is UP once the first family
 * is warm. Loading one family at a time gives the first the machine's cores: on two cores it is ready in
 * about a third of the time it takes when every model loads at once.
 */
@ApplicationScoped
public class NlpWarmup {

    private static final LocalDate WARMUP_DATE = LocalDate.of(2024, 1, 15);
    /** Passes over the warm-up text: enough for the JIT to compile the rules' and taggers' hot loops. */
    private static final int WARMUP_ROUNDS = 10;

    private final CoreNlpPipelines pipelines;
    /** Built on the warm-up thread while the models load (its rules take seconds to compile), not at start-up. */
    private final Provider<ExtractionPipeline> extraction;
    private final EconfactsConfig config;
    private final Set<String> warm = new CopyOnWriteArraySet<>();

    public NlpWarmup(CoreNlpPipelines pipelines, Provider<ExtractionPipeline> extraction, EconfactsConfig config) {
        this.pipelines = pipelines;
        this.extraction = extraction;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.nlp().eager()) {
            return;
        }
        Thread t = new Thread(this::bringUp, "nlp-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** The family readiness waits for: that of the first preloaded pipeline; empty when none is preloaded. */
    public Optional<String> primary() {
        List<String> preload = config.nlp().preload();
        return preload.isEmpty() ? Optional.empty() : Optional.of(CoreNlpPipelines.familyOf(preload.get(0)));
    }

    /**
     * Whether every preloaded language serves at full speed (what readiness reports): always true
     * with {@code econfacts.nlp.eager=false}, where models load on first use.
     */
    public boolean ready() {
        return !config.nlp().eager() || byFamily().keySet().stream().allMatch(this::isWarm);
    }

    /** Whether a family's preloaded pipelines are loaded and warmed up. */
    public boolean isWarm(String family) {
        return warm.contains(family);
    }

    /** The warm families, in the order they became warm. */
    public List<String> warm() {
        return List.copyOf(warm);
    }

    /** Preloaded pipelines by family, families in order of first mention. */
    private Map<String, List<String>> byFamily() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String name : config.nlp().preload()) {
            out.computeIfAbsent(CoreNlpPipelines.familyOf(name), f -> new ArrayList<>()).add(name);
        }
        return out;
    }

    private void bringUp() {
        List<Map.Entry<String, List<String>>> families = new ArrayList<>(byFamily().entrySet());
        if (families.isEmpty()) {
            return;
        }
        List<CompletableFuture<?>> loading = start(families.get(0).getValue());
        extraction.get();
        for (int i = 0; i < families.size(); i++) {
            String family = families.get(i).getKey();
            boolean loaded = awaitAll(families.get(i).getValue(), loading);
            loading = i + 1 < families.size() ? start(families.get(i + 1).getValue()) : List.of();
            if (loaded) {
                warmUp(family);
                warm.add(family);
            }
        }
    }

    private List<CompletableFuture<?>> start(List<String> names) {
        return names.stream().<CompletableFuture<?>>map(pipelines::load).toList();
    }

    private boolean awaitAll(List<String> names, List<CompletableFuture<?>> loads) {
        boolean all = true;
        for (int i = 0; i < names.size(); i++) {
            try {
                loads.get(i).join();
                Log.infof("CoreNLP pipeline %s loaded in %d ms", names.get(i), pipelines.loadTime(names.get(i)).toMillis());
            } catch (CompletionException e) {
                Log.errorf(e.getCause(), "CoreNLP pipeline %s failed to load", names.get(i));
                all = false;
            }
        }
        return all;
    }

    /**
     * Runs the family's warm-up text {@link #WARMUP_ROUNDS} times, or until {@code econfacts.nlp.warmup}
     * has passed (on a busy machine), whichever comes first; at least once unless the warm-up is off.
     */
    private void warmUp(String family) {
        Duration budget = config.nlp().warmup();
        Optional<String> text = warmupText(family);
        if (budget.isZero() || text.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        int rounds = 0;
        try {
            do {
                extraction.get().run(new DocumentInput(text.get(), WARMUP_DATE, null), Deadline.in(Duration.ofSeconds(30)));
                rounds++;
            } while (rounds < WARMUP_ROUNDS && System.nanoTime() - t0 < budget.toNanos());
        } catch (RuntimeException e) {
            Log.warnf(e, "warm-up of %s stopped after %d rounds; it serves all the same", family, rounds);
        }
        Log.infof("language %s warm: %d warm-up rounds in %d ms", family, rounds, (System.nanoTime() - t0) / 1_000_000);
    }

    private static Optional<String> warmupText(String family) {
        String path = "extraction/" + family + "/warmup.txt";
        try (InputStream in = NlpWarmup.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
