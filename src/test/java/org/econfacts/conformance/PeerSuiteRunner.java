package org.econfacts.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.econfacts.extraction.ChineseSentenceSplitter;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.LanguageRules;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.Passage;
import org.econfacts.extraction.Sentence;
import org.econfacts.extraction.Token;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;
import org.econfacts.extraction.lang.en.EnglishRules;
import org.econfacts.extraction.lang.zh.ChineseRules;

/**
 * Measures our normalisers and recognisers on test specs in the Recognizers-Text JSON format, read
 * in place from a folder given on the command line (English or Chinese, by folder name). Prints one
 * line per file: cases, skipped (marked NotSupported/NotSupportedByDesign for dotnet, i.e. the
 * reference implementation fails them too), run, passed and the pass rate. See docs/conformance.md.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.econfacts.conformance.PeerSuiteRunner -Dexec.args=../shared/peer-suites/recognizers-text/English</pre>
 */
public final class PeerSuiteRunner {

    private static final List<String> FILES = List.of(
            "CurrencyModel.json", "PercentModel.json", "NumberRangeModel.json", "NumberModel.json", "DatePeriodParser.json");

    private final Language language;
    private final LanguageRules rules;
    private final EnglishSentenceSplitter english;
    private boolean verbose;

    PeerSuiteRunner(Language language) {
        this.language = language;
        this.rules = language.isChinese() ? ChineseRules.create() : EnglishRules.create();
        this.english = language.isChinese() ? null : new EnglishSentenceSplitter(new CoreNlpPipelines());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("-v"))) {
            System.err.println("usage: PeerSuiteRunner <folder of Recognizers-Text specs> [-v: list failing inputs]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Language language = dir.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("chinese")
                ? Language.ZH_HANS : Language.EN;
        PeerSuiteRunner runner = new PeerSuiteRunner(language);
        runner.verbose = args.length == 2;
        System.out.printf("%-24s %6s %8s %6s %7s %7s%n", "file", "cases", "skipped", "run", "passed", "rate");
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                PeerSuiteRunner.Tally t = runner.runFile(file);
                System.out.printf("%-24s %6d %8d %6d %7d %6.1f%%%n", name, t.cases, t.skipped, t.run(), t.passed,
                        t.run() == 0 ? 0.0 : 100.0 * t.passed / t.run());
            }
        }
    }

    static final class Tally {
        int cases;
        int skipped;
        int passed;

        int run() {
            return cases - skipped;
        }
    }

    Tally runFile(Path file) throws IOException {
        ObjectMapper json = com.fasterxml.jackson.databind.json.JsonMapper.builder().enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();
        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Tally t = new Tally();
        for (JsonNode c : json.readTree(content)) {
            t.cases++;
            if (unsupportedByReference(c)) {
                t.skipped++;
                continue;
            }
            boolean ok;
            try {
                ok = check(file.getFileName().toString(), c);
            } catch (RuntimeException e) {
                ok = false;
            }
            if (ok) {
                t.passed++;
            } else if (verbose) {
                System.out.println("  FAIL " + file.getFileName() + ": " + c.path("Input").asText() + "  expected "
                        + c.path("Results"));
            }
        }
        return t;
    }

    /** Cases the .NET reference implementation itself does not support. */
    static boolean unsupportedByReference(JsonNode c) {
        return mentionsDotnet(c.path("NotSupported").asText("")) || mentionsDotnet(c.path("NotSupportedByDesign").asText(""));
    }

    private static boolean mentionsDotnet(String list) {
        for (String s : list.split(",")) {
            if (s.trim().equalsIgnoreCase("dotnet")) {
                return true;
            }
        }
        return false;
    }

    private boolean check(String file, JsonNode c) {
        String input = c.path("Input").asText();
        JsonNode results = c.path("Results");
        return switch (file) {
            case "NumberModel.json" -> checkNumbers(input, results);
            case "DatePeriodParser.json" -> checkPeriods(c, results);
            case "CurrencyModel.json" -> checkFigures(input, results, "MONEY");
            case "PercentModel.json" -> checkFigures(input, results, "PERCENT");
            case "NumberRangeModel.json" -> checkRanges(input, results);
            default -> false;
        };
    }

    /** Each expected numeral, read whole by the number parser, has the expected value. */
    private boolean checkNumbers(String input, JsonNode results) {
        if (results.isEmpty()) {
            return rules.numbers().parse(input).isEmpty();
        }
        for (JsonNode r : results) {
            String text = slice(input, r);
            String expected = r.path("Resolution").path("value").asText();
            var got = rules.numbers().parse(text);
            if (got.isEmpty() || !sameNumber(got.get().toPlainString(), expected)) {
                return false;
            }
        }
        return true;
    }

    /** Each expected date range is resolved by the period parser to the same days (end exclusive there). */
    private boolean checkPeriods(JsonNode c, JsonNode results) {
        LocalDate ref = LocalDate.parse(c.path("Context").path("ReferenceDateTime").asText("2016-11-07T00:00:00").substring(0, 10));
        for (JsonNode r : results) {
            String text = r.path("Text").asText();
            var got = rules.periods().parse(text, ref);
            if (got.isEmpty()) {
                return false;
            }
            String start = got.get().start().toString();
            String endExclusive = got.get().end().plusDays(1).toString();
            String rangeEnd = rangeEndAnchor(got.get().label());
            boolean any = false;
            for (String res : List.of("FutureResolution", "PastResolution")) {
                JsonNode v = r.path("Value").path(res);
                String end = v.path("endDate").asText();
                if (start.equals(v.path("startDate").asText()) && (endExclusive.equals(end) || end.equals(rangeEnd))) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return !results.isEmpty();
    }

    /**
     * For a from-to range ({@code A/B} label), the start of its last part: Recognizers-Text ends
     * "from 2016 to 2018" and "从1月10日到12日" there (2018-01-01, 01-12), where our closed range
     * ends with B (2018-12-31, 01-12). Null for a single period.
     */
    static String rangeEndAnchor(String label) {
        int slash = label.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String b = label.substring(slash + 1);
        try {
            if (b.matches("\\d{4}")) {
                return b + "-01-01";
            }
            if (b.matches("\\d{4}-H[12]")) {
                return b.substring(0, 4) + (b.endsWith("1") ? "-01-01" : "-07-01");
            }
            if (b.matches("\\d{4}-Q[1-4]")) {
                return String.format("%s-%02d-01", b.substring(0, 4), 3 * (b.charAt(6) - '0') - 2);
            }
            if (b.matches("\\d{4}-\\d{2}")) {
                return b + "-01";
            }
            return LocalDate.parse(b).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The recogniser finds exactly the expected figures of one kind, with value, currency and span. */
    private boolean checkFigures(String input, JsonNode results, String kind) {
        List<Mention> found = recognize(input).stream().filter(m -> m.value().kind().name().equals(kind)).toList();
        List<JsonNode> expected = new ArrayList<>();
        results.forEach(r -> {
            if (!r.path("Resolution").path("value").isNull() && !r.path("Resolution").path("value").isMissingNode()) {
                expected.add(r);
            }
        });
        if (found.size() != expected.size()) {
            return false;
        }
        for (JsonNode r : expected) {
            int start = r.path("Start").asInt();
            int end = r.path("End").asInt() + 1;
            String value = r.path("Resolution").path("value").asText().replace("%", "");
            String iso = r.path("Resolution").path("isoCurrency").asText(null);
            boolean hit = found.stream().anyMatch(m -> m.start() < end && start < m.end()
                    && sameNumber(m.value().value().toPlainString(), value)
                    && (iso == null || iso.equals(m.value().unit())));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** An open interval "(30,)" is a figure of 30 with approximation MORE_THAN, and so on. */
    private boolean checkRanges(String input, JsonNode results) {
        List<Mention> found = recognize(input);
        if (results.isEmpty()) {
            return found.isEmpty();
        }
        for (JsonNode r : results) {
            String interval = r.path("Resolution").path("value").asText();
            String approx;
            String value;
            if (interval.matches("\\(-?[\\d.]+,\\)")) {
                approx = "MORE_THAN";
                value = interval.substring(1, interval.length() - 2);
            } else if (interval.matches("\\[-?[\\d.]+,\\)")) {
                approx = "AT_LEAST";
                value = interval.substring(1, interval.length() - 2);
            } else if (interval.matches("\\(,-?[\\d.]+\\)")) {
                approx = "LESS_THAN";
                value = interval.substring(2, interval.length() - 1);
            } else if (interval.matches("\\(,-?[\\d.]+]")) {
                approx = "AT_MOST";
                value = interval.substring(2, interval.length() - 1);
            } else {
                return false; // closed ranges "[20,30)" are not one figure in our model
            }
            boolean hit = found.stream().anyMatch(m -> m.approximation().name().equals(approx)
                    && sameNumber(m.value().value().toPlainString(), value));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private List<Mention> recognize(String input) {
        LocalDate ref = LocalDate.of(2016, 11, 7);
        List<Mention> out = new ArrayList<>();
        if (language.isChinese()) {
            for (Sentence s : new ChineseSentenceSplitter().split(new Passage(input, 0, language))) {
                out.addAll(rules.figures().recognize(s, ref));
            }
        } else {
            List<Token> tokens = new ArrayList<>();
            english.split(input, 0).forEach(s -> tokens.addAll(s.tokens()));
            out.addAll(rules.figures().recognize(new Sentence(input, 0, Language.EN, tokens), ref));
        }
        return out;
    }

    private static String slice(String input, JsonNode r) {
        int start = r.path("Start").asInt(-1);
        int end = r.path("End").asInt(-1);
        return start >= 0 && end >= start && end < input.length() ? input.substring(start, end + 1) : r.path("Text").asText();
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
