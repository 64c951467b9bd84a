package org.econfacts.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles of a run, by set: the generated ones and, when a folder is given, its {@code .txt}
 * articles read in place (set {@code seed}; their date is left to the service, as in production).
 */
final class Corpus {

    private Corpus() {}

    static Map<String, List<Article>> build(int perSet, long seed, Path seedDir) {
        Map<String, List<Article>> sets = new LinkedHashMap<>(new ArticleGenerator(seed).generate(perSet).stream()
                .collect(Collectors.groupingBy(Article::set, LinkedHashMap::new, Collectors.toList())));
        if (seedDir != null) {
            List<Article> real = read(seedDir);
            if (real.isEmpty()) {
                throw new IllegalArgumentException("no .txt articles in " + seedDir);
            }
            sets.put("seed", real);
        }
        return sets;
    }

    private static List<Article> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(f -> new Article("seed", f.getFileName().toString(), text(f), null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
