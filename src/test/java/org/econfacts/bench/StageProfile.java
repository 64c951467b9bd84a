package org.econfacts.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.econfacts.extraction.ExtractionPipeline;

/**
 * Where the English extractor's time goes, by subtraction: the whole pipeline, the CoreNLP part alone
 * (tokenize,ssplit,pos, as the service configures it, one annotate per line as the service calls it),
 * and the same without the POS tagger. Also counts the sentences with neither a digit nor a number
 * word, whose POS tags no rule could use. Single thread, after warm-up, on the generated English set.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=org.econfacts.bench.StageProfile</pre>
 */
public final class StageProfile {

    private static final Pattern NUMERAL = Pattern.compile(
            "\\d|\\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
                    + "|hundred|thousand|million|billion|trillion|dozen|half|quarter|double|triple|lakh|crore|bn|mn)\\b");

    public static void main(String[] args) {
        List<Article> en = Corpus.build(args.length > 0 ? Integer.parseInt(args[0]) : 6, 42, null).get("en");
        ExtractionPipeline pipeline = InProcessBench.pipeline();
        StanfordCoreNLP pos = nlp("tokenize,ssplit,pos");
        StanfordCoreNLP split = nlp("tokenize,ssplit");
        Map<String, Consumer<Article>> stages = new java.util.LinkedHashMap<>();
        stages.put("whole extractor (ExtractionPipeline.run)", a -> pipeline.run(InProcessBench.input(a)));
        stages.put("CoreNLP tokenize,ssplit,pos per line", a -> lines(a).forEach(l -> pos.annotate(new Annotation(l))));
        stages.put("CoreNLP tokenize,ssplit per line", a -> lines(a).forEach(l -> split.annotate(new Annotation(l))));
        for (int warm = 0; warm < 3; warm++) {
            stages.values().forEach(s -> en.forEach(s));
        }
        System.out.printf("| stage (English set, %d docs, 1 thread) | ms/doc |%n|---|---:|%n", en.size());
        for (Map.Entry<String, Consumer<Article>> s : stages.entrySet()) {
            long t0 = System.nanoTime();
            for (int r = 0; r < 3; r++) {
                en.forEach(s.getValue());
            }
            System.out.printf("| %s | %.1f |%n", s.getKey(), (System.nanoTime() - t0) / 1e6 / (3.0 * en.size()));
        }
        numeralShare(split, en);
    }

    private static void numeralShare(StanfordCoreNLP split, List<Article> en) {
        int sentences = 0;
        int without = 0;
        for (Article a : en) {
            for (String line : lines(a)) {
                Annotation doc = new Annotation(line);
                split.annotate(doc);
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    sentences++;
                    if (!NUMERAL.matcher(s.get(CoreAnnotations.TextAnnotation.class)).find()) {
                        without++;
                    }
                }
            }
        }
        System.out.printf("%nsentences: %d, with no digit and no number word: %d (%.0f %%)%n",
                sentences, without, 100.0 * without / sentences);
    }

    private static List<String> lines(Article a) {
        return a.text().lines().filter(l -> !l.isBlank()).toList();
    }

    private static StanfordCoreNLP nlp(String annotators) {
        Properties props = new Properties();
        try (var in = StageProfile.class.getClassLoader().getResourceAsStream("corenlp/en.properties")) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        props.setProperty("annotators", annotators);
        return new StanfordCoreNLP(props);
    }
}
