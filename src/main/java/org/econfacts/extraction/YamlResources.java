package org.econfacts.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the language data files (lexicons, rules, gazetteers) from the class path, strictly: a
 * missing file, an unknown key, a missing value or malformed YAML fails at start-up with the file's
 * name, never later on some request.
 */
public final class YamlResources {
    private YamlResources() {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final ObjectMapper COMPLETE_YAML = YAML.copy()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    /** The file at {@code path} (class-path relative, no leading slash) bound to {@code type}; keys may be left out. */
    public static <T> T read(String path, Class<T> type) {
        return read(YAML, path, type);
    }

    /** Like {@link #read}, but every field of the record must be given. */
    public static <T> T readComplete(String path, Class<T> type) {
        return read(COMPLETE_YAML, path, type);
    }

    private static <T> T read(ObjectMapper mapper, String path, Class<T> type) {
        try (InputStream in = open(path)) {
            return mapper.readValue(in, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("malformed " + path + ": " + e.getMessage(), e);
        }
    }

    /** The file at {@code path} as a tree, for formats bound by hand. */
    public static JsonNode tree(String path) {
        try (InputStream in = open(path)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("malformed " + path + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = YamlResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing " + path);
        }
        return in;
    }
}
