package org.econfacts.extraction.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Builds one CoreNLP pipeline by name. The service reads {@code corenlp/<name>.properties}
 * ({@link #FROM_PROPERTIES}); tests put a loader they control in its place, so that "still loading"
 * and "failed" can be tested without racing real models.
 */
@FunctionalInterface
public interface PipelineLoader {

    StanfordCoreNLP load(String name);

    /** The pipeline configured in {@code corenlp/<name>.properties}. */
    PipelineLoader FROM_PROPERTIES = name -> new StanfordCoreNLP(CoreNlpPipelines.properties(name));
}
