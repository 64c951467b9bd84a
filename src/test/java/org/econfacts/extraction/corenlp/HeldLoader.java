package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * A pipeline loader for tests that holds every load until {@link #release()}, then builds a
 * tokenizer-only pipeline (no models: it takes milliseconds), or fails when told to.
 */
public class HeldLoader implements PipelineLoader {

    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean fail;

    @Override
    public StanfordCoreNLP load(String name) {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (fail) {
            throw new IllegalStateException("test: " + name + " does not load");
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        return new StanfordCoreNLP(p);
    }

    public void release() {
        released.countDown();
    }

    public void failAndRelease() {
        fail = true;
        released.countDown();
    }
}
