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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipelines of the process, each built once from {@code corenlp/<name>.properties} and
 * shared by all threads (annotate() is thread-safe). Models take seconds and hundreds of MB to load,
 * so a pipeline is built on first use (or by the start-up warm-up) and never per request.
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

    private final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();
    private final Map<String, Duration> loadTimes = new ConcurrentHashMap<>();

    /** The English sentence splitter and tagger. */
    public StanfordCoreNLP splitter() {
        return pipeline("en");
    }

    /** The English part-of-speech tagger, run on already split sentences. */
    public StanfordCoreNLP tagger() {
        return pipeline("en-pos");
    }

    public StanfordCoreNLP pipeline(String name) {
        return pipelines.computeIfAbsent(name, n -> {
            long t0 = System.nanoTime();
            StanfordCoreNLP built = new StanfordCoreNLP(properties(n));
            loadTimes.put(n, Duration.ofNanos(System.nanoTime() - t0));
            return built;
        });
    }

    /** How long the pipeline took to build; null until it is built. */
    public Duration loadTime(String name) {
        return loadTimes.get(name);
    }

    public boolean isLoaded(String name) {
        return pipelines.containsKey(name);
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
