package org.econfacts.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The sentence templates of the benchmark corpus, {@code bench/templates.yaml} (see its header). */
record Templates(
        List<Pair> subjects, List<Pair> metrics, List<Pair> periods, List<Pair> approximations,
        List<Pair> counted, List<Pair> units, List<Pair> figures, List<Pair> fillers) {

    /** The same words in English and Simplified Chinese. */
    record Pair(String en, String zh) {}

    static Templates load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream("bench/templates.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing bench/templates.yaml");
            }
            return yaml.readValue(in, Templates.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
