package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipelines of the process, each built once from {@code corenlp/<name>.properties} and
 * shared by all threads (annotate() is thread-safe). Models take seconds and hundreds of MB to load,
 * so a pipeline is built on first use, or in the background at start-up ({@code NlpWarmup}), and never
 * per request. Each pipeline belongs to a language family (the part of its name before '-'), whose
 * requests wait for it ({@code ModelGate}).
 * <ul>
 *   <li>{@code en}: English sentences and tokens, for every English passage;
 *   <li>{@code en-pos}: English part-of-speech tags, for the sentences that may hold a figure;
 *   <li>{@code en-entities}: named entities on the tokens {@code en} and {@code en-pos} made, only for
 *       sentences that hold a figure;
 *   <li>{@code zh-entities}: Chinese words, POS and named entities, only for sentences that hold a figure.
 * </ul>
 */
public final class CoreNlpPipelines {

    /** Every pipeline there is a {@code corenlp/<name>.properties} for. */
    public static final List<String> NAMES = List.of("en", "en-pos", "en-entities", "zh-entities");

    private final PipelineLoader loader;
    private final Map<String, CompletableFuture<StanfordCoreNLP>> loads = new ConcurrentHashMap<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Duration> loadTimes = new ConcurrentHashMap<>();

    /** Pipelines read from {@code corenlp/<name>.properties}. */
    public CoreNlpPipelines() {
        this(PipelineLoader.FROM_PROPERTIES);
    }

    public CoreNlpPipelines(PipelineLoader loader) {
        this.loader = loader;
    }

    /** The language family a pipeline serves: the part of its name before the first '-' ({@code en-pos} → {@code en}). */
    public static String familyOf(String name) {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    /** The pipelines a language family uses, in {@link #NAMES} order. */
    public static List<String> namesOf(String family) {
        return NAMES.stream().filter(n -> familyOf(n).equals(family)).toList();
    }

    /** The English sentence splitter and tagger. */
    public StanfordCoreNLP splitter() {
        return pipeline("en");
    }

    /** The English part-of-speech tagger, run on already split sentences. */
    public StanfordCoreNLP tagger() {
        return pipeline("en-pos");
    }

    /**
     * The pipeline, loaded on this thread if nobody has started it, else waited for (without limit:
     * {@code ModelGate} bounds the wait of a request before it gets here).
     *
     * @throws IllegalStateException when it failed to load
     */
    public StanfordCoreNLP pipeline(String name) {
        CompletableFuture<StanfordCoreNLP> load = loads.get(name); // called per sentence: no allocation once loaded
        if (load == null) {
            CompletableFuture<StanfordCoreNLP> mine = new CompletableFuture<>();
            load = loads.putIfAbsent(name, mine);
            if (load == null) {
                build(name, mine);
                load = mine;
            }
        }
        try {
            return load.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("CoreNLP pipeline " + name + " failed to load", e.getCause());
        }
    }

    /**
     * Starts loading the pipeline on a background thread of its own, unless it is loading or loaded
     * already; the future completes when it is ready (exceptionally when it failed).
     */
    public CompletableFuture<StanfordCoreNLP> load(String name) {
        CompletableFuture<StanfordCoreNLP> mine = new CompletableFuture<>();
        CompletableFuture<StanfordCoreNLP> load = loads.putIfAbsent(name, mine);
        if (load != null) {
            return load;
        }
        Thread t = new Thread(() -> build(name, mine), "corenlp-load-" + name);
        t.setDaemon(true);
        t.start();
        return mine;
    }

    private void build(String name, CompletableFuture<StanfordCoreNLP> into) {
        long t0 = System.nanoTime();
        started.put(name, t0);
        try {
            StanfordCoreNLP built = loader.load(name);
            loadTimes.put(name, Duration.ofNanos(System.nanoTime() - t0));
            into.complete(built);
        } catch (RuntimeException | Error e) {
            loadTimes.put(name, Duration.ofNanos(System.nanoTime() - t0));
            into.completeExceptionally(e); // pipeline() callers get it; the warm-up and the gate log it
        }
    }

    /** How long the pipeline took to build; null until it is built. */
    public Duration loadTime(String name) {
        return isLoaded(name) ? loadTimes.get(name) : null;
    }

    public boolean isLoaded(String name) {
        CompletableFuture<StanfordCoreNLP> load = loads.get(name);
        return load != null && load.isDone() && !load.isCompletedExceptionally();
    }

    /** Where the pipeline is: idle, loading (for how long so far), ready or failed (after how long). */
    public PipelineState state(String name) {
        CompletableFuture<StanfordCoreNLP> load = loads.get(name);
        Long t0 = started.get(name);
        if (load == null) {
            return new PipelineState(name, PipelineState.Status.IDLE, Duration.ZERO);
        }
        if (!load.isDone()) {
            Duration so = t0 == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - t0);
            return new PipelineState(name, PipelineState.Status.LOADING, so);
        }
        PipelineState.Status status = load.isCompletedExceptionally()
                ? PipelineState.Status.FAILED : PipelineState.Status.READY;
        return new PipelineState(name, status, loadTimes.getOrDefault(name, Duration.ZERO));
    }

    /** Reads a properties file as UTF-8 (Properties.load(InputStream) would read ISO-8859-1). */
    static Properties properties(String name) {
        String path = "corenlp/" + name + ".properties";
        try (InputStream in = CoreNlpPipelines.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            Properties props = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
