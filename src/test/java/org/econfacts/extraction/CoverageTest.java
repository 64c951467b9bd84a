package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every language has what a language needs, and every corpus belongs to one: for each
 * {@link Language} × part ({@code number}, {@code period}, the four kinds of figure, {@code range} and {@code table}) there is a
 * corpus at {@code extraction/<family>/[<script>/]<part>.corpus.yaml} that names that language, and
 * for each language family a profile ({@link LanguageProfiles}) and a lexicon
 * ({@code extraction/<family>/lexicon.yaml}) that its rules read. A corpus of an unknown part, of a
 * language its folder does not hold, or with no texts at all fails. This replaces a hand-kept list of
 * what is covered.
 */
class CoverageTest {

    static final List<String> PARTS = List.of("number", "period", "money", "percent", "count", "quantity", "range", "table");

    private static Path tests;
    private static List<Path> corpora;

    @BeforeAll
    static void find() throws IOException, URISyntaxException {
        tests = Paths.get(CoverageTest.class.getClassLoader().getResource("extraction").toURI());
        try (Stream<Path> walk = Files.walk(tests)) {
            corpora = walk.filter(p -> p.toString().endsWith(".corpus.yaml")).sorted().toList();
        }
    }

    /** {@code en} → {@code en}, {@code zh-Hans} → {@code zh}, {@code zh-Hant} → {@code zh/hant}. */
    static String folder(Language language) {
        String[] parts = language.tag().split("-");
        String script = parts.length > 1 && !parts[1].equals("Hans") ? "/" + parts[1].toLowerCase() : "";
        return language.family() + script;
    }

    @Test
    void everyLanguageHasACorpusOfEveryPart() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String part : PARTS) {
                Path corpus = tests.resolve(folder(language)).resolve(part + ".corpus.yaml");
                if (!Files.exists(corpus)) {
                    missing.add(language.tag() + " × " + part + " (" + tests.relativize(corpus) + ")");
                } else {
                    assertThat(CorpusTest.read(corpus).path("language").asText()).as("language of %s", corpus)
                            .isEqualTo(language.tag());
                }
            }
        }
        assertThat(missing).as("language × part without a corpus").isEmpty();
    }

    @Test
    void everyCorpusTestsAKnownPartOfItsFoldersLanguage() throws IOException {
        Set<String> folders = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            folders.add(folder(language));
        }
        for (Path corpus : corpora) {
            String where = tests.relativize(corpus.getParent()).toString().replace('\\', '/');
            assertThat(PARTS).as("part of %s", corpus).contains(CorpusTest.part(corpus));
            assertThat(folders).as("folder of %s", corpus).contains(where);
            JsonNode yaml = CorpusTest.read(corpus);
            Language language = Language.fromTag(yaml.path("language").asText()).orElseThrow(
                    () -> new AssertionError(corpus + ": unknown language " + yaml.path("language")));
            assertThat(folder(language)).as("language of %s", corpus).isEqualTo(where);
            int texts = yaml.path("examples").size() + yaml.path("sentences").size() + yaml.path("negative").size();
            assertThat(texts).as("texts in %s", corpus).isPositive();
        }
    }

    @Test
    void everyLanguageFamilyHasAProfileAndALexicon() {
        LanguageProfiles profiles = CorpusTest.profiles();
        for (Language language : Language.values()) {
            assertThat(profiles.of(language)).as("profile of %s", language.tag()).isNotNull();
            assertThat(profiles.of(language).family()).isEqualTo(language.family());
            // the one schema every language's lexicon shares, bound strictly (Lexicon)
            assertThat(Lexicon.load(language.family()).measures().currencies().after()).as(language.family()).isNotEmpty();
            for (String file : List.of("grammar.yaml", "figures.yaml")) {
                String path = "extraction/" + language.family() + "/" + file;
                assertThat(CoverageTest.class.getClassLoader().getResource(path)).as(path).isNotNull();
            }
        }
    }
}
