package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;
import org.econfacts.extraction.lang.en.EnglishRules;
import org.econfacts.extraction.lang.zh.ChineseRules;
import org.econfacts.normalization.Period;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code extraction/<lang>/<part>.corpus.yaml} under src/test/resources: one dynamic test
 * per example text, sentence and negative. Format: see docs/architecture.md ("Corpora").
 * <ul>
 *   <li>{@code number}: each example text parses, whole, to {@code expect.value}; negatives do not.
 *   <li>{@code period}: each example text resolves to {@code expect.period} against publishedAt.
 *   <li>other parts: each example text is one sentence yielding exactly one mention that spans the
 *       whole text and has the expected attributes; each sentence yields exactly the listed figures
 *       (all kinds, in order); negatives yield no figure.
 * </ul>
 */
class CorpusTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static CoreNlpPipelines pipelines;

    @TestFactory
    Stream<DynamicNode> corpora() throws IOException, URISyntaxException {
        Path root = Paths.get(CorpusTest.class.getClassLoader().getResource("extraction").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".corpus.yaml")).sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : files) {
            nodes.add(DynamicContainer.dynamicContainer(root.relativize(file).toString(), tests(file)));
        }
        return nodes.stream();
    }

    private static List<DynamicNode> tests(Path file) throws IOException {
        JsonNode corpus;
        try (InputStream in = Files.newInputStream(file)) {
            corpus = YAML.readTree(in);
        }
        Language language = Language.fromTag(corpus.path("language").asText())
                .orElseThrow(() -> new IllegalStateException(file + ": language must be en, zh-Hant or zh-Hans"));
        LocalDate ref = LocalDate.parse(corpus.path("publishedAt").asText("2021-08-27"));
        String part = file.getFileName().toString().replace(".corpus.yaml", "");
        LanguageRules rules = language.isChinese() ? ChineseRules.create() : EnglishRules.create();
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode example : corpus.path("examples")) {
            JsonNode expect = example.path("expect");
            for (JsonNode t : example.path("texts")) {
                String text = t.asText();
                tests.add(DynamicTest.dynamicTest(text, () -> checkExample(part, rules, language, ref, text, expect)));
            }
        }
        for (JsonNode s : corpus.path("sentences")) {
            String text = s.path("text").asText();
            tests.add(DynamicTest.dynamicTest(text, () -> checkSentence(rules, language, ref, text, s.path("figures"))));
        }
        for (JsonNode n : corpus.path("negative")) {
            String text = n.asText();
            tests.add(DynamicTest.dynamicTest("not: " + text, () -> checkNegative(part, rules, language, ref, text)));
        }
        for (JsonNode p : corpus.path("pending")) {
            String text = p.path("text").asText();
            tests.add(DynamicTest.dynamicTest("pending: " + text,
                    () -> assumeTrue(false, "pending: " + p.path("reason").asText())));
        }
        return tests;
    }

    private static void checkExample(String part, LanguageRules rules, Language language, LocalDate ref,
            String text, JsonNode expect) {
        switch (part) {
            case "number" -> assertThat(rules.numbers().parse(text))
                    .as("number %s", text)
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expect.path("value").asText()));
            case "period" -> assertThat(rules.periods().parse(text, ref).map(Period::label))
                    .as("period %s", text)
                    .contains(expect.path("period").asText());
            default -> {
                List<Mention> found = recognize(rules, language, ref, text);
                assertThat(found).as("mentions in %s", text).hasSize(1);
                Mention m = found.get(0);
                assertThat(m.text()).as("span of %s", text).isEqualTo(text.strip());
                checkFigure(m, expect);
            }
        }
    }

    private static void checkSentence(LanguageRules rules, Language language, LocalDate ref, String text,
            JsonNode figures) {
        List<Mention> found = recognize(rules, language, ref, text);
        List<String> spans = found.stream().map(Mention::text).toList();
        List<String> expected = new ArrayList<>();
        figures.forEach(f -> expected.add(f.path("span").asText()));
        assertThat(spans).as("figures in %s", text).containsExactlyElementsOf(expected);
        for (int i = 0; i < found.size(); i++) {
            checkFigure(found.get(i), figures.get(i));
        }
    }

    private static void checkNegative(String part, LanguageRules rules, Language language, LocalDate ref,
            String text) {
        switch (part) {
            case "number" -> assertThat(rules.numbers().parse(text)).as("number %s", text).isEmpty();
            case "period" -> assertThat(rules.periods().parse(text, ref)).as("period %s", text).isEmpty();
            default -> assertThat(recognize(rules, language, ref, text)).as("figures in %s", text).isEmpty();
        }
    }

    /** Compares the attributes an expectation names; absent keys are not checked. */
    private static void checkFigure(Mention m, JsonNode e) {
        String what = m.text();
        if (e.has("kind")) {
            assertThat(m.value().kind().name()).as("kind of %s", what).isEqualTo(e.get("kind").asText());
        }
        if (e.has("value")) {
            assertThat(m.value().value()).as("value of %s", what).isEqualByComparingTo(new BigDecimal(e.get("value").asText()));
        }
        if (e.has("unit")) {
            assertThat(m.value().unit()).as("unit of %s", what).isEqualTo(e.get("unit").asText());
        }
        if (e.has("approx")) {
            assertThat(m.approximation().name()).as("approximation of %s", what).isEqualTo(e.get("approx").asText());
        }
        if (e.has("change")) {
            String change = m.change() == null ? "NONE" : m.change().direction().name();
            assertThat(change).as("change of %s", what).isEqualTo(e.get("change").asText());
        }
        if (e.has("basis")) {
            String basis = m.change() == null || m.change().basis() == null ? "NONE" : m.change().basis().name();
            assertThat(basis).as("basis of %s", what).isEqualTo(e.get("basis").asText());
        }
        if (e.has("period")) {
            String period = m.period() == null ? "NONE" : m.period().label();
            assertThat(period).as("period of %s", what).isEqualTo(e.get("period").asText());
        }
    }

    private static List<Mention> recognize(LanguageRules rules, Language language, LocalDate ref, String text) {
        return rules.figures().recognize(sentence(language, text), ref);
    }

    /** The whole text as one sentence; English gets CoreNLP tokens, as in the service. */
    static Sentence sentence(Language language, String text) {
        if (language.isChinese()) {
            return new Sentence(text, 0, language);
        }
        synchronized (CorpusTest.class) {
            if (pipelines == null) {
                pipelines = new CoreNlpPipelines();
            }
        }
        List<Token> tokens = new ArrayList<>();
        new EnglishSentenceSplitter(pipelines).split(text, 0).forEach(s -> tokens.addAll(s.tokens()));
        return new Sentence(text, 0, language, tokens);
    }
}
