package org.econfacts.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Performance harness: in one run on one machine, the CoreNLP NER baseline, our extractor in-process
 * (1 and 2 threads, results compared) and the packaged HTTP service end to end (time to ready, 1/4/8
 * clients, dedupe path, RSS and heap). Prints a Markdown table. See docs/performance.md.
 *
 * <pre>./mvnw -q package -DskipTests
 * MAVEN_OPTS=-Xmx3g ./mvnw -q test-compile exec:java -Dexec.mainClass=org.econfacts.bench.Benchmark \
 *   -Dexec.args="--dir ../shared/seed"</pre>
 */
public final class Benchmark {

    record Options(int perSet, int rounds, long seed, Path dir, Path jar, String serviceHeap, Path out,
            Path dump, boolean baseline, boolean inProcess, boolean http) {}

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Map<String, List<Article>> sets = Corpus.build(o.perSet(), o.seed(), o.dir());
        if (o.dump() != null) { // write the generated articles to look at, and stop
            Files.createDirectories(o.dump());
            for (Article a : sets.values().stream().flatMap(List::stream).filter(a -> !a.set().equals("seed")).toList()) {
                Files.writeString(o.dump().resolve(a.name() + ".txt"), a.text(), StandardCharsets.UTF_8);
            }
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("cores: %d, harness -Xmx: %d MB, Java %s, %s articles per generated set (seed %d), rounds %d",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), o.perSet(), o.seed(), o.rounds()));
        sets.forEach((name, list) -> lines.add(String.format("set %-8s %3d docs, %,7d EN tokens, %,7d Han chars",
                name, list.size(), list.stream().mapToLong(Article::englishTokens).sum(),
                list.stream().mapToLong(Article::hanChars).sum())));
        List<Row> rows = new ArrayList<>();
        InProcessBench inProcess = new InProcessBench(o.rounds());
        if (o.inProcess()) {
            inProcess.extractor(sets);
        }
        List<Article> chinese = new ArrayList<>(sets.get("zh-Hans"));
        chinese.addAll(sets.get("zh-Hant"));
        if (o.baseline()) {
            inProcess.baseline(sets.get("en"));
            inProcess.baselineChinese(chinese);
        }
        rows.addAll(inProcess.rows());
        lines.addAll(inProcess.notes());
        if (o.http()) {
            ServiceBench service = new ServiceBench(o.rounds());
            Map<String, List<Article>> loads = new java.util.LinkedHashMap<>();
            loads.put("mixed", mixed(sets));
            loads.put("en", sets.get("en"));
            loads.put("zh", chinese);
            service.run(o.jar(), o.serviceHeap(), loads);
            rows.addAll(service.rows());
            lines.addAll(service.notes());
        }
        StringBuilder report = new StringBuilder();
        lines.forEach(l -> report.append("- ").append(l).append('\n'));
        report.append('\n').append(Row.HEADER).append('\n');
        rows.forEach(r -> report.append(r.markdown()).append('\n'));
        report.append(speedUp(rows));
        System.out.println(report);
        if (o.out() != null) {
            Files.writeString(o.out(), report, StandardCharsets.UTF_8);
        }
    }

    /**
     * Over HTTP against the baseline of the same language, one client against one thread: English by
     * English tokens a second, Chinese by Han characters a second (the service stores what it reads;
     * the baseline only annotates).
     */
    static String speedUp(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        for (String[] lang : new String[][] {{"en", "baseline CoreNLP NER"}, {"zh", "baseline CoreNLP Chinese NER"}}) {
            Row base = find(rows, lang[1], lang[0]);
            Row served = find(rows, "HTTP POST (new text)", lang[0]);
            if (base == null || served == null) {
                continue;
            }
            boolean en = lang[0].equals("en");
            double b = (en ? base.tokens() : base.hanChars()) / base.timing().seconds();
            double s = (en ? served.tokens() : served.hanChars()) / served.timing().seconds();
            out.append(String.format(java.util.Locale.ROOT,
                    "%n- speed-up over HTTP, %s: %,.0f vs %,.0f %s/s = **%.1f×** the baseline (1 client vs 1 thread)",
                    lang[0], s, b, en ? "EN tokens" : "Han chars", s / b));
        }
        return out.append('\n').toString();
    }

    private static Row find(List<Row> rows, String what, String set) {
        return rows.stream().filter(r -> r.what().equals(what) && r.set().equals(set) && r.threads() == 1)
                .findFirst().orElse(null);
    }

    /** All sets interleaved, so every client sees every kind of article. */
    private static List<Article> mixed(Map<String, List<Article>> sets) {
        List<Article> out = new ArrayList<>();
        int longest = sets.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Article> set : sets.values()) {
                if (i < set.size()) {
                    out.add(set.get(i));
                }
            }
        }
        return out;
    }

    private static Options parse(String[] args) {
        int perSet = 6;
        int rounds = 2;
        long seed = 42;
        Path dir = null;
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        String heap = "3g";
        Path out = null;
        Path dump = null;
        boolean baseline = true;
        boolean inProcess = true;
        boolean http = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> perSet = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--service-heap" -> heap = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--no-inprocess" -> inProcess = false;
                case "--no-http" -> http = false;
                default -> usage(args[i]);
            }
        }
        return new Options(perSet, rounds, seed, dir, jar, heap, out, dump, baseline, inProcess, http);
    }

    private static void usage(String bad) {
        System.err.println("unknown option " + bad + "\nusage: Benchmark [--articles N per generated set (6)] "
                + "[--rounds R (2)] [--seed S (42)] [--dir folder of real .txt articles] "
                + "[--jar target/quarkus-app/quarkus-run.jar] [--service-heap 3g] [--out report.md] "
                + "[--dump folder: write the generated articles there and stop] [--no-baseline] [--no-inprocess] [--no-http]");
        System.exit(2);
    }
}
