package org.econfacts.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.PipelineLoader;
import org.econfacts.extraction.corenlp.EntityTagger;
import org.econfacts.extraction.lang.en.EnglishRules;
import org.econfacts.extraction.lang.zh.ChineseRules;

/** Wires the plain-Java pipeline into CDI: one instance of each stage for the process. */
@ApplicationScoped
public class ExtractionBeans {

    @Produces
    @Singleton
    CoreNlpPipelines coreNlpPipelines(PipelineLoader loader) {
        return new CoreNlpPipelines(loader);
    }

    /** Reads {@code corenlp/<name>.properties}; a test profile may enable an alternative. */
    @Produces
    @Singleton
    PipelineLoader pipelineLoader() {
        return PipelineLoader.FROM_PROPERTIES;
    }

    @Produces
    @Singleton
    ScriptFolder scriptFolder() {
        return new ScriptFolder();
    }

    @Produces
    @Singleton
    EntityGazetteer entityGazetteer(ScriptFolder folder) {
        return new EntityGazetteer(folder);
    }

    @Produces
    @Singleton
    LanguageProfiles languageProfiles(CoreNlpPipelines pipelines, ScriptFolder folder) {
        return profiles(pipelines, folder);
    }

    @Produces
    @Singleton
    ExtractionPipeline extractionPipeline(CoreNlpPipelines pipelines, LanguageProfiles profiles, ScriptFolder folder,
            EconfactsConfig config) {
        ModelGate gate = new ModelGate(pipelines, config.nlp().loadWait());
        return new ExtractionPipeline(stages(pipelines, profiles, folder, gate));
    }

    /** The profile of every language family; adding a language adds its profile here. */
    public static LanguageProfiles profiles(CoreNlpPipelines pipelines, ScriptFolder folder) {
        return new LanguageProfiles(List.of(EnglishRules.profile(pipelines), ChineseRules.profile(folder)));
    }

    /**
     * All stages; also used by tests and tools that run the pipeline without Quarkus, whose documents
     * wait for a loading model as long as their deadline allows.
     */
    public static ExtractionPipeline.Stages stages(CoreNlpPipelines pipelines, LanguageProfiles profiles, ScriptFolder folder) {
        return stages(pipelines, profiles, folder, new ModelGate(pipelines, null));
    }

    static ExtractionPipeline.Stages stages(CoreNlpPipelines pipelines, LanguageProfiles profiles, ScriptFolder folder,
            ModelGate gate) {
        EntityGazetteer gazetteer = new EntityGazetteer(folder);
        Ranges ranges = new Ranges();
        return new ExtractionPipeline.Stages(
                new BoilerplateFilter(),
                new LanguageSplitter(folder),
                new SentenceSplitter(profiles),
                profiles,
                new Describe(profiles, new EntityTagger(pipelines), new EntityCollector(gazetteer), new Categorizer(folder)),
                new CarryPeriods(),
                new SettleCurrency(folder),
                new CarryUnits(ranges),
                new CarryChanges(new Comparisons(), ranges),
                new TableUnits(),
                new EntityNames(gazetteer, folder),
                new DocumentTopic(),
                new Dedupe(),
                new LinkFigures(ranges),
                new PairTwins(),
                new ReferenceDates(Clock.systemUTC()),
                gate);
    }

    /** The whole pipeline without CDI. */
    public static ExtractionPipeline standalone(CoreNlpPipelines pipelines) {
        ScriptFolder folder = new ScriptFolder();
        return new ExtractionPipeline(stages(pipelines, profiles(pipelines, folder), folder));
    }
}
