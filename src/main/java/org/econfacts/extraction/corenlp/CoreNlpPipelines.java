package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.econfacts.extraction.Language;

/**
 * One StanfordCoreNLP per language family, built once from {@code corenlp/<family>.properties} and
 * shared by all threads (CoreNLP annotators are thread-safe for annotate()). Models take seconds and
 * hundreds of MB to load, so a pipeline is built on first use and never per request.
 */
public final class CoreNlpPipelines {

    /** Which properties file serves a language: both Chinese scripts share {@code zh}. */
    public static String family(Language language) {
        return language.isChinese() ? "zh" : "en";
    }

    private final Map<Language, StanfordCoreNLP> pipelines = new EnumMap<>(Language.class);

    /** The pipeline for a language, loading it on first call. */
    public StanfordCoreNLP pipeline(Language language) {
        Language key = language.isChinese() ? Language.ZH_HANS : Language.EN;
        synchronized (pipelines) {
            return pipelines.computeIfAbsent(key, k -> new StanfordCoreNLP(properties(family(k))));
        }
    }

    public boolean isLoaded(Language language) {
        synchronized (pipelines) {
            return pipelines.containsKey(language.isChinese() ? Language.ZH_HANS : Language.EN);
        }
    }

    /** Reads a properties file as UTF-8 (Properties.load(InputStream) would read ISO-8859-1). */
    static Properties properties(String family) {
        String path = "corenlp/" + family + ".properties";
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
