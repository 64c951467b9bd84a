package org.econfacts.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the articles to import. A {@code .txt} file is the text (its name, without extension, the
 * title); a {@code .json} file or a line of a {@code .jsonl} file is sent as it is, so the service
 * judges it exactly as it judges a POST. Files are taken in name order, so ids are stable across runs.
 */
final class ArticleFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleFiles() {}

    static List<Article> read(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                List<Path> sorted = files.filter(Files::isRegularFile)
                        .filter(p -> name(p).endsWith(".txt") || name(p).endsWith(".json"))
                        .sorted().toList();
                List<Article> articles = new ArrayList<>();
                for (Path p : sorted) {
                    articles.add(file(source, p));
                }
                return articles;
            }
        }
        if (name(source).endsWith(".jsonl")) {
            return lines(source);
        }
        return List.of(file(source.toAbsolutePath().getParent(), source));
    }

    private static Article file(Path root, Path p) throws IOException {
        String id = root.relativize(p).toString();
        String content = Files.readString(p, StandardCharsets.UTF_8);
        if (name(p).endsWith(".json")) {
            return new Article(id, content);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", content);
        body.put("title", p.getFileName().toString().replaceFirst("\\.txt$", ""));
        return new Article(id, JSON.writeValueAsString(body));
    }

    private static List<Article> lines(Path file) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            int[] n = {0};
            lines.forEach(line -> {
                n[0]++;
                if (!line.isBlank()) {
                    articles.add(new Article(file.getFileName() + ":" + n[0], line));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return articles;
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase();
    }
}
