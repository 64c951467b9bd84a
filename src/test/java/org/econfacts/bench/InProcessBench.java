package org.econfacts.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.econfacts.extraction.DocumentInput;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.ExtractionBeans;
import org.econfacts.extraction.ExtractionPipeline;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * The in-process rows: our {@link ExtractionPipeline} (wired as {@code ExtractionBeans} wires it) on
 * every set with 1 and 2 threads sharing one pipeline, and the baseline, a plain CoreNLP
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline, on the English set. Each is warmed up first.
 */
final class InProcessBench {

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int rounds;
    private long emptyHeap;

    InProcessBench(int rounds) {
        this.rounds = rounds;
    }

    List<Row> rows() {
        return rows;
    }

    List<String> notes() {
        return notes;
    }

    void extractor(Map<String, List<Article>> sets) {
        emptyHeap = Heap.usedAfterGc();
        long t0 = System.nanoTime();
        ExtractionPipeline pipeline = pipeline();
        for (List<Article> set : sets.values()) { // the first document of each language loads its models
            pipeline.run(input(set.get(0)));
        }
        notes.add(String.format("extractor: pipeline built and first document of each set read in %.1f s",
                (System.nanoTime() - t0) / 1e9));
        warmUp(sets, a -> pipeline.run(input(a)));
        Map<String, Timing> single = new LinkedHashMap<>();
        for (Map.Entry<String, List<Article>> set : sets.entrySet()) {
            List<Article> jobs = repeat(set.getValue(), rounds);
            Load.Result<Extraction> one = Load.run(jobs, 1, a -> new Load.Outcome<>(true, pipeline.run(input(a))));
            Load.Result<Extraction> two = Load.run(jobs, 2, a -> new Load.Outcome<>(true, pipeline.run(input(a))));
            long figures = one.values().stream().mapToLong(e -> e.findings().size()).sum();
            boolean same = one.values().equals(two.values());
            if (!same) {
                notes.add("THREAD-SAFETY: 2-thread results differ from 1-thread results on set " + set.getKey());
            }
            single.put(set.getKey(), one.timing());
            rows.add(row("extractor", set.getKey(), 1, one.timing(), jobs, "",
                    String.format("%.1f figures/doc", (double) figures / jobs.size())));
            rows.add(row("extractor", set.getKey(), 2, two.timing(), jobs, "",
                    same ? "results = 1-thread" : "RESULTS DIFFER"));
        }
        String heap = Heap.mb(Heap.usedAfterGc() - emptyHeap);
        notes.add("extractor heap: " + heap + " MB used after GC with the extractor loaded and all sets read,"
                + " minus what the harness used before building it");
        rows.replaceAll(r -> r.what().equals("extractor")
                ? new Row(r.what(), r.set(), r.threads(), r.timing(), r.tokens(), r.hanChars(), heap, r.note()) : r);
        keep(pipeline);
    }

    /** English: CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} (three CRF models, SUTime, numeric classifiers). */
    void baseline(List<Article> english) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        baseline("baseline CoreNLP NER", "en", props, english);
    }

    /**
     * Chinese: CoreNLP's own Chinese configuration ({@code StanfordCoreNLP-chinese.properties} of the
     * Chinese models jar: CTB segmenter, distsim tagger, Chinese NER with its numeric classifiers and
     * SUTime) with {@code tokenize,ssplit,pos,lemma,ner}, i.e. segment, tag and recognise entities.
     */
    void baselineChinese(List<Article> chinese) {
        Properties props = new Properties();
        try (var in = InProcessBench.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("StanfordCoreNLP-chinese.properties not on the class path", e);
        }
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        baseline("baseline CoreNLP Chinese NER", "zh", props, chinese);
    }

    private void baseline(String what, String set, Properties props, List<Article> articles) {
        long before = Heap.usedAfterGc();
        long t0 = System.nanoTime();
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        notes.add(String.format("%s: CoreNLP %s loaded in %.1f s", what, props.getProperty("annotators"),
                (System.nanoTime() - t0) / 1e9));
        warmUp(Map.of(set, articles), a -> annotate(nlp, a));
        List<Article> jobs = repeat(articles, Math.max(1, rounds / 2));
        Load.Result<Integer> one = Load.run(jobs, 1, a -> new Load.Outcome<>(true, annotate(nlp, a)));
        Load.Result<Integer> two = Load.run(jobs, 2, a -> new Load.Outcome<>(true, annotate(nlp, a)));
        long tokens = one.values().stream().mapToLong(Integer::longValue).sum();
        String heap = Heap.mb(Heap.usedAfterGc() - before);
        notes.add(what + " heap: " + heap + " MB used after GC once loaded and run, minus what was used before");
        rows.add(row(what, set, 1, one.timing(), jobs, heap,
                String.format("%.0f CoreNLP tokens/doc", (double) tokens / jobs.size())));
        rows.add(row(what, set, 2, two.timing(), jobs, "", ""));
        keep(nlp);
    }

    private static int annotate(StanfordCoreNLP nlp, Article a) {
        Annotation doc = new Annotation(a.text());
        nlp.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** Every document of every set once, twice: enough for the JIT to compile the hot paths. */
    private static void warmUp(Map<String, List<Article>> sets, java.util.function.Consumer<Article> read) {
        for (int i = 0; i < 2; i++) {
            sets.values().forEach(set -> set.forEach(read));
        }
    }

    private static Row row(String what, String set, int threads, Timing t, List<Article> jobs, String heap, String note) {
        long tokens = jobs.stream().mapToLong(Article::englishTokens).sum();
        long han = jobs.stream().mapToLong(Article::hanChars).sum();
        return new Row(what, set, threads, t, tokens, han, heap, note);
    }

    static List<Article> repeat(List<Article> articles, int times) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(articles);
        }
        return out;
    }

    static DocumentInput input(Article a) {
        return new DocumentInput(a.text(), a.publishedAt(), null);
    }

    /** The pipeline as ExtractionBeans builds it for the service. */
    static ExtractionPipeline pipeline() {
        return ExtractionBeans.standalone(new CoreNlpPipelines());
    }

    /** Keeps an object reachable until here, so the heap measured above includes it. */
    private static void keep(Object o) {
        if (o.hashCode() == 42 && System.nanoTime() == 0) {
            System.out.print("");
        }
    }
}
