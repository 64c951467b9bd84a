package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Property test of the whole pipeline, wired as {@code ExtractionBeans} wires it, on 10 000 generated
 * hostile inputs from a fixed seed: random Unicode (surrogates, lone halves, controls), huge and nested
 * numbers, digit runs, runs of scale words, mixed scripts, punctuation only, Chinese numeral runs,
 * {@code %%%%}, HTML. For every input: no exception escapes, every finding keeps the span invariants
 * (the slice of the text as submitted equals the mention's text), values are within sane bounds, the
 * language of each finding is one of the document's languages, and the input is read within a budget.
 */
class ExtractionFuzzTest {

    static final int INPUTS = 10_000;
    static final long SEED = 20_240_601L;
    static final Duration PER_INPUT = Duration.ofSeconds(10);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** No economic figure in news is this large (world GDP is ~1e14 USD); anything above is a misreading. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1e30");
    static final LocalDate REF = LocalDate.of(2021, 8, 27);

    static ExtractionPipeline pipeline() {
        return ExtractionBeans.standalone(TestPipelines.shared());
    }

    @Test
    void hostileInputsNeverBreakTheInvariants() {
        ExtractionPipeline pipeline = pipeline();
        // load every CoreNLP model before timing anything (English splitter, English and Chinese entities)
        pipeline.run(new DocumentInput("Warm-up: exports rose 5 percent to $3 billion.\n出口增長5%,達30億元。", REF, null));
        Generator gen = new Generator(new Random(SEED));
        long slowestNanos = -1;
        String slowest = "";
        long findings = 0;
        long t0 = System.nanoTime();
        for (int n = 0; n < INPUTS; n++) {
            String text = gen.next();
            // the budget is on this thread's CPU time: wall time on a busy machine (CI shares its cores)
            // measures the scheduler, not the extractor
            long start = CPU.getCurrentThreadCpuTime();
            Extraction x;
            try {
                x = pipeline.run(new DocumentInput(text, REF, null), Deadline.in(PER_INPUT));
            } catch (RuntimeException e) {
                throw new AssertionError("input #" + n + " " + show(text) + " threw " + e, e);
            }
            long took = CPU.getCurrentThreadCpuTime() - start;
            if (took > slowestNanos) {
                slowestNanos = took;
                slowest = text;
            }
            assertThat(Duration.ofNanos(took)).as("CPU time for input #%d %s", n, show(text)).isLessThan(PER_INPUT);
            for (Finding f : x.findings()) {
                check(text, x, f.mention(), n);
                findings++;
            }
        }
        System.out.printf("fuzz: %d inputs (seed %d), %d findings, %d ms in all; slowest %d ms CPU: %s%n",
                INPUTS, SEED, findings, (System.nanoTime() - t0) / 1_000_000, slowestNanos / 1_000_000, show(slowest));
    }

    private static void check(String text, Extraction x, Mention m, int n) {
        String where = "input #" + n + " " + show(text) + " mention " + show(m.text());
        assertThat(m.start()).as(where).isBetween(0, text.length() - 1);
        assertThat(m.end()).as(where).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(m.start(), m.end())).as(where).isEqualTo(m.text());
        BigDecimal v = m.value().value();
        assertThat(v.abs()).as(where + " value").isLessThanOrEqualTo(MAX_VALUE);
        assertThat(v.precision()).as(where + " precision").isLessThanOrEqualTo(64);
        assertThat(v.scale()).as(where + " scale").isBetween(-64, 64);
        assertThat(x.language()).as(where + " document languages").isNotNull();
        assertThat(x.language().split("\\+")).as(where + " language").contains(m.language().tag());
        if (m.period() != null) {
            assertThat(m.period().start().getYear()).as(where + " period").isBetween(1000, 9999);
        }
    }

    static String show(String s) {
        String cut = s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + " chars)" : s;
        StringBuilder out = new StringBuilder("\"");
        cut.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    /** Hostile texts, most short (the pipeline runs CoreNLP on each), a few thousands of characters. */
    static final class Generator {
        private static final String[] SCALES = {"million", "billion", "trillion", "thousand", "bn", "mn", "k", "m"};
        private static final String[] ZH_NUMERALS = {"一", "二", "两", "兩", "三", "十", "百", "千", "万", "萬", "亿", "億",
            "兆", "零", "〇", "点", "點", "分之", "成"};
        private static final String[] WORDS = {"exports", "rose", "fell", "to", "by", "percent", "%", "yuan", "dollars",
            "US$", "$", "€", "RMB", "HK$", "tonnes", "companies", "in", "2020", "the", "first", "half", "year-on-year",
            "about", "more than", "nearly", "of", "a", "quarter", "January-July", "last year", "Q3", "from", "up", "down"};
        private static final String[] ZH_WORDS = {"出口", "增长", "增長", "同比", "亿元", "億元", "美元", "家", "吨", "噸",
            "逾", "近", "約", "约", "上半年", "第二季", "前7个月", "%", "％", "个百分点", "个", "辆", "萬人次"};
        private static final String[] HTML = {"<p>", "</p>", "<div class=\"x\">", "</div>", "<br/>", "&nbsp;", "&amp;",
            "<script>alert(1)</script>", "<!-- 5 billion -->", "<td>3.2%</td>", "&#36;4 million", "<a href='/?q=1,000'>"};

        private final Random r;
        private int n;

        Generator(Random r) {
            this.r = r;
        }

        String next() {
            List<Supplier<String>> kinds = List.of(
                    this::randomUnicode, this::hugeNumber, this::nestedPowers, this::digitRun, this::scaleRun,
                    this::mixedScripts, this::punctuation, this::chineseNumerals, this::percents, this::html,
                    this::wordSalad, this::chineseSalad, this::controls, this::symbolRun);
            return kinds.get(n++ % kinds.size()).get();
        }

        private int len(int max) {
            return 1 + r.nextInt(max);
        }

        private String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        /** Any UTF-16 unit, lone surrogates included, with some newlines. */
        String randomUnicode() {
            StringBuilder sb = new StringBuilder();
            for (int i = len(120); i > 0; i--) {
                int k = r.nextInt(10);
                if (k < 5) {
                    sb.append((char) r.nextInt(0x10000));
                } else if (k < 7) {
                    sb.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000));
                } else if (k < 8) {
                    sb.append((char) (0xD800 + r.nextInt(0x800)));
                } else {
                    sb.append("0123456789 .,%$\n".charAt(r.nextInt(16)));
                }
            }
            return sb.toString();
        }

        String hugeNumber() {
            return switch (r.nextInt(6)) {
                case 0 -> "Output reached " + "999,".repeat(len(40)) + "999 billion yuan.";
                case 1 -> "Debt rose to 10^" + r.nextInt(100_000) + " dollars, up " + r.nextInt(1000) + "e" + r.nextInt(999) + " percent.";
                case 2 -> "Exports were " + "9".repeat(len(400)) + "." + "9".repeat(len(400)) + " trillion dollars.";
                case 3 -> "1e400 tonnes, 1E-" + r.nextInt(1000) + " percent, " + Long.MAX_VALUE + "0 companies, -" + Long.MAX_VALUE + "% change.";
                case 4 -> "出口" + "9".repeat(len(300)) + "萬億元，增長" + "9".repeat(len(300)) + "%。";
                default -> "Revenue of $" + "1,".repeat(len(300)) + "000.00" + " " + "billion ".repeat(len(20)) + "was reported.";
            };
        }

        String nestedPowers() {
            StringBuilder sb = new StringBuilder("Value: 10");
            for (int i = len(30); i > 0; i--) {
                sb.append(r.nextBoolean() ? "^(10" : "^10");
            }
            return sb.append(")".repeat(len(30))).append(" billion dollars, up 10^400 percent").toString();
        }

        /** Runs of up to 5 000 digits, kept rare so the whole suite stays within a minute. */
        String digitRun() {
            int length = n % 50 == 4 ? 5_000 : len(300);
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "Sales of $" : "销售额");
            for (int i = 0; i < length; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            return sb.append(r.nextBoolean() ? " million dollars rose 4%." : "亿元，增长4%。").toString();
        }

        String scaleRun() {
            StringBuilder sb = new StringBuilder("Investment of " + r.nextInt(1000) + " ");
            for (int i = len(r.nextInt(20) == 0 ? 800 : 60); i > 0; i--) {
                sb.append(pick(SCALES)).append(' ');
            }
            return sb.append(r.nextBoolean() ? "dollars" : "yuan").append(" was made in 2020.").toString();
        }

        String mixedScripts() {
            String[] bits = {"GDP", "增长", "5.3%", "Привет", "مرحبا", "שלום", "नमस्ते", "こんにちは", "한국어", "ไทย",
                "𝟙𝟚𝟛", "١٢٣", "१२३", "１２３億円", "Ⅻ", "½", "²", "\u200b", "\u202e", "\ufeff", "e\u0301", "👨‍👩‍👧"};
            StringBuilder sb = new StringBuilder();
            for (int i = len(30); i > 0; i--) {
                sb.append(r.nextInt(3) == 0 ? pick(bits) : r.nextBoolean() ? pick(WORDS) : pick(ZH_WORDS));
                sb.append(r.nextInt(4) == 0 ? "" : r.nextInt(8) == 0 ? "\n" : " ");
            }
            return sb.toString();
        }

        String punctuation() {
            String p = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~，。！？；：、“”‘’（）《》【】…—·";
            StringBuilder sb = new StringBuilder();
            for (int i = len(300); i > 0; i--) {
                sb.append(p.charAt(r.nextInt(p.length())));
            }
            return sb.toString();
        }

        String chineseNumerals() {
            StringBuilder sb = new StringBuilder(r.nextBoolean() ? "贸易额达" : "貿易額逾");
            for (int i = len(r.nextInt(20) == 0 ? 2_000 : 80); i > 0; i--) {
                sb.append(pick(ZH_NUMERALS));
            }
            return sb.append(pick(new String[] {"元", "美元", "家", "%", "吨", "亿元", "。"})).toString();
        }

        String percents() {
            return r.nextInt(1000) + "%".repeat(len(200)) + " " + "％".repeat(len(50)) + " up %%% percent %"
                    + " 5 percent percent percent of 6%% 百分之百分之" + r.nextInt(100);
        }

        String html() {
            StringBuilder sb = new StringBuilder();
            for (int i = len(30); i > 0; i--) {
                sb.append(r.nextInt(3) == 0 ? pick(WORDS) + " " : pick(HTML));
                if (r.nextInt(6) == 0) {
                    sb.append(r.nextInt(100_000)).append(' ').append(pick(SCALES)).append(' ');
                }
            }
            return sb.toString();
        }

        String wordSalad() {
            StringBuilder sb = new StringBuilder();
            for (int i = len(40); i > 0; i--) {
                sb.append(r.nextInt(4) == 0 ? String.valueOf(r.nextInt(100_000) / (r.nextBoolean() ? 1 : 100.0))
                        : pick(r.nextInt(4) == 0 ? SCALES : WORDS)).append(r.nextInt(15) == 0 ? ". " : " ");
            }
            return sb.toString();
        }

        String chineseSalad() {
            StringBuilder sb = new StringBuilder();
            for (int i = len(80); i > 0; i--) {
                sb.append(r.nextInt(3) == 0 ? pick(ZH_NUMERALS) : r.nextInt(4) == 0 ? String.valueOf(r.nextInt(10_000)) : pick(ZH_WORDS));
                if (r.nextInt(15) == 0) {
                    sb.append(r.nextBoolean() ? "。" : "\n");
                }
            }
            return sb.toString();
        }

        /** Runs of one symbol or a pair, up to 5 000 long: CoreNLP's lexer used to take seconds on these. */
        String symbolRun() {
            String[] units = {"%", "％", "‰", "&", "'", "-", "*", "=", "$", "#", "%.", "-%", "…", "、"};
            String unit = pick(units);
            int length = n % 70 == 13 ? 5_000 : len(200);
            return r.nextInt(1000) + " " + unit.repeat(length / unit.length()) + " billion dollars, up 5 percent.";
        }

        /** A plausible sentence with NUL, BEL, ESC, DEL, C1 controls, BOM and bidi marks spliced in. */
        String controls() {
            String base = r.nextBoolean()
                    ? "In 2020, exports reached 50.9 billion yuan ($7.86 billion), up 15 percent year-on-year."
                    : "2020年出口509億元，同比增長15.3%，逾70家企業參與。";
            char[] junk = {'\0', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\ufeff', '\u200e', '\u2028', '\r', '\t', '\ufffd'};
            StringBuilder sb = new StringBuilder();
            for (char c : base.toCharArray()) {
                if (r.nextInt(5) == 0) {
                    sb.append(junk[r.nextInt(junk.length)]);
                }
                sb.append(c);
            }
            return sb.toString();
        }
    }

    @Test
    void generatorIsDeterministic() {
        Generator a = new Generator(new Random(SEED));
        Generator b = new Generator(new Random(SEED));
        List<String> xs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String s = a.next();
            xs.add(s);
            assertThat(b.next()).isEqualTo(s);
        }
        assertThat(xs).doesNotHaveDuplicates();
    }
}
