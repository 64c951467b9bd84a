package org.econfacts.statistic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.econfacts.extraction.DocumentInput;
import org.econfacts.extraction.Extraction;
import org.econfacts.extraction.ExtractionBeans;
import org.econfacts.extraction.ExtractionPipeline;
import org.econfacts.extraction.ScriptFolder;
import org.econfacts.extraction.TestPipelines;
import org.junit.jupiter.api.Test;

/**
 * Grouping facts into statistics across articles, scored pairwise on {@code statistics/grouping.corpus.yaml}:
 * over every pair of figures of a set, precision is the share of pairs put in one statistic that the corpus
 * groups, recall the share of the corpus's pairs put in one statistic. Every figure the service reads must be
 * listed, so a figure that appears or disappears fails here too.
 */
class StatisticGroupingTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void groupsTheCorpusWithPairwisePrecisionAndRecall() throws IOException {
        JsonNode corpus;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("statistics/grouping.corpus.yaml")) {
            corpus = YAML.readTree(in);
        }
        ExtractionPipeline pipeline = ExtractionBeans.standalone(TestPipelines.shared());
        StatisticIdentity identity = new StatisticIdentity(new ScriptFolder());
        int truePairs = 0, falsePairs = 0, missedPairs = 0;
        List<String> unlisted = new ArrayList<>();
        List<String> confusions = new ArrayList<>();
        for (JsonNode set : corpus.path("sets")) {
            String name = set.path("name").asText();
            Map<String, Integer> expected = new HashMap<>();
            int g = 0;
            for (JsonNode group : set.path("groups")) {
                for (JsonNode member : group) {
                    assertThat(expected.put(member.asText(), g)).as("%s: %s listed twice", name, member.asText()).isNull();
                }
                g++;
            }
            List<String> labels = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            int a = 0;
            for (JsonNode article : set.path("articles")) {
                Extraction x = pipeline.run(new DocumentInput(article.path("text").asText(),
                        LocalDate.parse(article.path("publishedAt").asText()), null));
                List<String> ids = identity.identities(x);
                for (int i = 0; i < x.findings().size(); i++) {
                    String label = a + ": " + x.findings().get(i).mention().text();
                    labels.add(label);
                    predicted.add(ids.get(i) == null ? "single " + label : ids.get(i));
                    if (!expected.containsKey(label)) {
                        unlisted.add(name + " → " + label + " (" + ids.get(i) + ")");
                    }
                }
                a++;
            }
            List<String> found = new ArrayList<>(labels);
            expected.keySet().stream().filter(l -> !found.contains(l)).forEach(l -> unlisted.add(name + " → not read: " + l));
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    Integer gi = expected.get(labels.get(i));
                    Integer gj = expected.get(labels.get(j));
                    boolean same = gi != null && gi.equals(gj);
                    boolean together = predicted.get(i).equals(predicted.get(j));
                    if (same && together) {
                        truePairs++;
                    } else if (together) {
                        falsePairs++;
                        confusions.add(name + ": merged " + labels.get(i) + " + " + labels.get(j) + " as " + predicted.get(i));
                    } else if (same) {
                        missedPairs++;
                        confusions.add(name + ": apart " + labels.get(i) + " (" + predicted.get(i) + ") / "
                                + labels.get(j) + " (" + predicted.get(j) + ")");
                    }
                }
            }
        }
        double precision = truePairs + falsePairs == 0 ? 1 : (double) truePairs / (truePairs + falsePairs);
        double recall = truePairs + missedPairs == 0 ? 1 : (double) truePairs / (truePairs + missedPairs);
        System.out.printf("%n=== statistic grouping: pairwise precision %.3f (%d of %d), recall %.3f (%d of %d)%n",
                precision, truePairs, truePairs + falsePairs, recall, truePairs, truePairs + missedPairs);
        confusions.forEach(c -> System.out.println("  " + c));
        unlisted.forEach(u -> System.out.println("  unlisted " + u));
        assertThat(unlisted).as("figures read but not in the corpus, or in the corpus but not read").isEmpty();
        assertThat(precision).as("pairwise precision; confusions: %s", confusions).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("pairwise recall; confusions: %s", confusions).isGreaterThanOrEqualTo(0.90);
    }
}
