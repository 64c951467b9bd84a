package org.econfacts.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's command line and sources; plain JUnit (the REST and Kafka paths run in .ci/scaleout). */
class ImporterTest {

    @TempDir
    Path dir;

    @Test
    void readsAFolderInNameOrderWithStableIds() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Exports rose 4 percent.", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.json"), "{\"text\": \"Imports fell 2 percent.\"}");
        Files.writeString(dir.resolve("a.md"), "ignored");

        List<Article> articles = ArticleFiles.read(dir);

        assertThat(articles).extracting(Article::id).containsExactly("b.txt", "sub/c.json");
        var txt = new ObjectMapper().readTree(articles.get(0).json());
        assertThat(txt.get("text").asText()).isEqualTo("Exports rose 4 percent.");
        assertThat(txt.get("title").asText()).isEqualTo("b");
        assertThat(articles.get(1).json()).isEqualTo("{\"text\": \"Imports fell 2 percent.\"}");
    }

    @Test
    void readsJsonLinesSkippingBlankLines() throws Exception {
        Path file = dir.resolve("wire.jsonl");
        Files.writeString(file, "{\"text\": \"one\"}\n\n{\"text\": \"two\"}\n");

        assertThat(ArticleFiles.read(file)).extracting(Article::id).containsExactly("wire.jsonl:1", "wire.jsonl:3");
    }

    @Test
    void needsExactlyOneDestination() {
        assertThatThrownBy(() -> ImportOptions.parse(new String[] {"x.jsonl"})).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> ImportOptions.parse(new String[] {"x.jsonl", "--url", "http://h", "--kafka", "k:9092"}))
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> ImportOptions.parse(new String[] {"x.jsonl", "--url", "http://h", "--workers", "0"}))
                .hasMessageContaining("--workers");
        ImportOptions o = ImportOptions.parse(new String[] {"x.jsonl", "--kafka", "k:9092", "--partitions", "4"});
        assertThat(o.topic()).isEqualTo("econfacts.articles");
        assertThat(o.partitions()).contains(4);
        assertThat(ImportOptions.parse(new String[] {"d", "--url", "http://h:8080/"}).url().orElseThrow())
                .hasToString("http://h:8080");
    }

    @Test
    void formatsTheEta() {
        assertThat(Progress.clock(59.6)).isEqualTo("1:00");
        assertThat(Progress.clock(3725)).isEqualTo("1:02:05");
    }
}
