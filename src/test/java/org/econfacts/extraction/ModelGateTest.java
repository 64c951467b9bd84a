package org.econfacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.HeldLoader;
import org.econfacts.extraction.corenlp.PipelineState;
import org.junit.jupiter.api.Test;

/** A document for a language whose models are loading waits a bounded time, then is refused; no real models. */
class ModelGateTest {

    private static final List<Passage> CHINESE = List.of(new Passage("营收增长5%", 0, Language.ZH_HANS));
    private static final List<Passage> ENGLISH = List.of(new Passage("Sales rose 5%.", 0, Language.EN));

    private final HeldLoader loader = new HeldLoader();
    private final CoreNlpPipelines pipelines = new CoreNlpPipelines(loader);
    private final ModelGate gate = new ModelGate(pipelines, Duration.ofMillis(100));
    /** For the cases where the load is released: building even a model-free pipeline takes a while on a busy machine. */
    private final ModelGate patient = new ModelGate(pipelines, Duration.ofSeconds(60));

    @Test
    void refusesWhileTheLanguageIsLoadingAndStartsItsLoad() {
        assertThat(pipelines.state("zh-entities").status()).isEqualTo(PipelineState.Status.IDLE);

        assertThatThrownBy(() -> gate.await(CHINESE, Deadline.in(Duration.ofSeconds(30))))
                .isInstanceOfSatisfying(ModelsLoadingException.class, e -> {
                    assertThat(e.family()).isEqualTo("zh");
                    assertThat(e.failed()).isFalse();
                });
        assertThat(pipelines.state("zh-entities").status()).isEqualTo(PipelineState.Status.LOADING);
        assertThat(pipelines.state("en").status()).as("only the document's language").isEqualTo(PipelineState.Status.IDLE);
    }

    @Test
    void waitsNoLongerThanTheDocumentsDeadline() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> patient.await(CHINESE, Deadline.in(Duration.ofMillis(50))))
                .isInstanceOf(ModelsLoadingException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void letsTheDocumentThroughOnceLoaded() {
        pipelines.load("zh-entities");
        loader.release();

        patient.await(CHINESE, Deadline.in(Duration.ofSeconds(60)));

        PipelineState state = pipelines.state("zh-entities");
        assertThat(state.status()).isEqualTo(PipelineState.Status.READY);
        assertThat(pipelines.isLoaded("zh-entities")).isTrue();
    }

    @Test
    void waitsForEveryPipelineOfTheLanguage() {
        loader.release();
        patient.await(ENGLISH, Deadline.in(Duration.ofSeconds(60)));

        assertThat(CoreNlpPipelines.namesOf("en")).containsExactly("en", "en-pos", "en-entities")
                .allMatch(pipelines::isLoaded);
        assertThat(pipelines.isLoaded("zh-entities")).isFalse();
    }

    @Test
    void saysSoWhenTheModelsFailedToLoad() {
        loader.failAndRelease();

        assertThatThrownBy(() -> gate.await(CHINESE, Deadline.in(Duration.ofSeconds(30))))
                .isInstanceOfSatisfying(ModelsLoadingException.class, e -> assertThat(e.failed()).isTrue());
        assertThat(pipelines.state("zh-entities").status()).isEqualTo(PipelineState.Status.FAILED);
    }
}
