package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.econfacts.normalization.Period;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs every {@code extraction/<lang>/<part>.corpus.yaml} under src/test/resources: one dynamic test
 * per example text, sentence, negative and pending entry. Texts are read as the service reads them:
 * the language profile of {@code ExtractionBeans} splits (and, for English, part-of-speech tags only
 * the sentences that may hold a figure; for Chinese, folds), its recognizer reads each sentence and
 * periods carry over from sentence to sentence ({@link CarryPeriods}).
 * <ul>
 *   <li>{@code number}: each example text parses, whole, to {@code expect.value}; negatives do not.
 *   <li>{@code period}: each example text resolves to {@code expect.period} against publishedAt.
 *   <li>other parts: each example text yields exactly one mention that spans the whole text and has
 *       the expected attributes; each sentence yields exactly the listed figures (all kinds, in
 *       order), and a figure with {@code max} is the lower end of a range whose upper end has that value
 *       ({@code NONE}: of no range); negatives yield no figure.
 *   <li>{@code pending}: a known gap, with the {@code expect} (as an example) or the {@code figures}
 *       (as a sentence) it should give. It is reported as skipped while it fails, and fails once it
 *       passes, so that it is moved to the examples or sentences.
 * </ul>
 */
class CorpusTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CarryPeriods CARRY_PERIODS = new CarryPeriods();
    private static final CarryUnits CARRY_UNITS = new CarryUnits();
    private static final Ranges RANGES = new Ranges();
    private static final TableUnits TABLES = new TableUnits();
    private static final CarryChanges CARRY_CHANGES = new CarryChanges(new Comparisons(), RANGES);
    private static final SettleCurrency SETTLE_CURRENCY = new SettleCurrency(new ScriptFolder());
    private static LanguageProfiles profiles;

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

    /** The profiles the service runs, built once for all corpora. */
    static synchronized LanguageProfiles profiles() {
        if (profiles == null) {
            profiles = ExtractionBeans.profiles(TestPipelines.shared(), new ScriptFolder());
        }
        return profiles;
    }

    static JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readTree(in);
        }
    }

    /** The part a corpus file tests: {@code money} for {@code money.corpus.yaml}. */
    static String part(Path file) {
        return file.getFileName().toString().replace(".corpus.yaml", "");
    }

    private record Corpus(String part, Language language, LocalDate ref, LanguageProfile profile) {}

    private static List<DynamicNode> tests(Path file) throws IOException {
        JsonNode yaml = read(file);
        Language language = Language.fromTag(yaml.path("language").asText())
                .orElseThrow(() -> new IllegalStateException(file + ": language must be en, zh-Hant or zh-Hans"));
        Corpus c = new Corpus(part(file), language, LocalDate.parse(yaml.path("publishedAt").asText("2021-08-27")),
                profiles().of(language));
        List<DynamicNode> tests = new ArrayList<>();
        for (JsonNode example : yaml.path("examples")) {
            JsonNode expect = example.path("expect");
            for (JsonNode t : example.path("texts")) {
                String text = t.asText();
                tests.add(DynamicTest.dynamicTest(text, () -> checkExample(c, text, expect)));
            }
        }
        for (JsonNode s : yaml.path("sentences")) {
            String text = s.path("text").asText();
            tests.add(DynamicTest.dynamicTest(text, () -> checkSentence(c, text, s.path("figures"))));
        }
        for (JsonNode n : yaml.path("negative")) {
            String text = n.asText();
            tests.add(DynamicTest.dynamicTest("not: " + text, () -> checkNegative(c, text)));
        }
        for (JsonNode p : yaml.path("pending")) {
            String text = p.path("text").asText();
            tests.add(DynamicTest.dynamicTest("pending: " + text, () -> checkPending(c, p)));
        }
        return tests;
    }

    private static void checkExample(Corpus c, String text, JsonNode expect) {
        LanguageRules rules = c.profile().rules();
        switch (c.part()) {
            case "number" -> assertThat(rules.numbers().parse(text))
                    .as("number %s", text)
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expect.path("value").asText()));
            case "period" -> assertThat(rules.periods().parse(text, c.ref()).map(Period::label))
                    .as("period %s", text)
                    .contains(expect.path("period").asText());
            default -> {
                List<Mention> found = recognize(c, text);
                assertThat(found).as("mentions in %s", text).hasSize(1);
                Mention m = found.get(0);
                assertThat(m.text()).as("span of %s", text).isEqualTo(text.strip());
                checkFigure(m, expect);
            }
        }
    }

    private static void checkSentence(Corpus c, String text, JsonNode figures) {
        List<Finding> findings = recognizeFindings(c, text);
        List<Mention> found = findings.stream().map(Finding::mention).toList();
        List<String> spans = found.stream().map(Mention::text).toList();
        List<String> expected = new ArrayList<>();
        figures.forEach(f -> expected.add(f.path("span").asText()));
        assertThat(spans).as("figures in %s", text).containsExactlyElementsOf(expected);
        Map<Integer, BigDecimal> upperEnds = new HashMap<>();
        for (Link l : RANGES.link(findings, text)) {
            upperEnds.put(l.to(), found.get(l.from()).value().value());
        }
        for (int i = 0; i < found.size(); i++) {
            checkFigure(found.get(i), figures.get(i));
            if (figures.get(i).has("max")) { // the lower end of a range: the upper end's value, or NONE
                String max = upperEnds.containsKey(i) ? upperEnds.get(i).stripTrailingZeros().toPlainString() : "NONE";
                assertThat(max).as("upper end of the range from %s", found.get(i).text())
                        .isEqualTo(figures.get(i).get("max").asText());
            }
        }
    }

    private static void checkNegative(Corpus c, String text) {
        LanguageRules rules = c.profile().rules();
        switch (c.part()) {
            case "number" -> assertThat(rules.numbers().parse(text)).as("number %s", text).isEmpty();
            case "period" -> assertThat(rules.periods().parse(text, c.ref())).as("period %s", text).isEmpty();
            default -> assertThat(recognize(c, text)).as("figures in %s", text).isEmpty();
        }
    }

    /** Skipped while the gap is open; a failure once it is closed, so that the entry is promoted. */
    private static void checkPending(Corpus c, JsonNode p) {
        String text = p.path("text").asText();
        String reason = p.path("reason").asText();
        assertThat(reason).as("reason of pending %s", text).isNotBlank();
        boolean asExample = p.has("expect");
        assertThat(asExample || p.has("figures")).as("pending %s needs 'expect' or 'figures'", text).isTrue();
        try {
            if (asExample) {
                checkExample(c, text, p.path("expect"));
            } else {
                checkSentence(c, text, p.path("figures"));
            }
        } catch (AssertionError stillOpen) {
            throw new TestAbortedException("pending: " + reason);
        }
        throw new AssertionFailedError("pending example now passes, move it to "
                + (asExample ? "examples" : "sentences") + ": " + text);
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

    /**
     * The figures of a text read as the service reads a passage: split (folded, and tagged where a
     * sentence may hold a figure), recognised sentence by sentence, periods carried over within it.
     */
    static List<Mention> recognize(Corpus c, String text) {
        return recognizeFindings(c, text).stream().map(Finding::mention).toList();
    }

    private static List<Finding> recognizeFindings(Corpus c, String text) {
        List<Finding> found = new ArrayList<>();
        List<Mention> earlier = new ArrayList<>();
        SettleCurrency.Reading currencies = SETTLE_CURRENCY.read(text);
        LanguageRules rules = c.profile().rules();
        for (Sentence s : c.profile().sentences().split(new Passage(text, 0, c.language()))) { // as ExtractionPipeline
            List<Mention> mentions = CARRY_CHANGES.apply(s, CARRY_UNITS.apply(s,
                    currencies.apply(rules.figures().recognize(s, c.ref())), earlier, rules, c.ref(), text));
            earlier.addAll(mentions);
            mentions.forEach(m -> found.add(new Finding(m, s.text())));
        }
        found.addAll(TABLES.apply(text, List.of(new Passage(text, 0, c.language())), found, profiles(), c.ref()).stream()
                .map(f -> f.withMention(currencies.apply(List.of(f.mention())).get(0))).toList());
        found.sort(java.util.Comparator.comparingInt(f -> f.mention().start()));
        return CARRY_PERIODS.apply(List.of(found), c.ref());
    }

    /** One English sentence of {@code text} as the service splits and tags it (for stage tests). */
    static Sentence englishSentence(String text) {
        List<Sentence> split = profiles().of(Language.EN).sentences().split(new Passage(text, 0, Language.EN));
        if (split.size() != 1) {
            throw new IllegalArgumentException("not one sentence: " + text);
        }
        return split.get(0);
    }
}
