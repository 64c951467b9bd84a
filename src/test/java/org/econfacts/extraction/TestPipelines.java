package org.econfacts.extraction;

import org.econfacts.extraction.corenlp.CoreNlpPipelines;

/**
 * One set of CoreNLP pipelines for every plain test of a test JVM. The models take about 2 GB with
 * both languages, the Quarkus tests of the same JVM hold the application's own set, and each test
 * class that built its own (the corpora, the description corpus, the fuzz suite) kept another alive
 * in a static field until the heap ran out.
 */
public final class TestPipelines {
    private static CoreNlpPipelines shared;

    private TestPipelines() {}

    public static synchronized CoreNlpPipelines shared() {
        if (shared == null) {
            shared = new CoreNlpPipelines();
        }
        return shared;
    }
}
