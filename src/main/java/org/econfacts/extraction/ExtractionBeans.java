package org.econfacts.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;
import org.econfacts.extraction.corenlp.EntityTagger;
import org.econfacts.extraction.lang.en.EnglishRules;
import org.econfacts.extraction.lang.en.EnglishSubjects;
import org.econfacts.extraction.lang.en.NumeralCue;
import org.econfacts.extraction.lang.zh.ChineseRules;
import org.econfacts.extraction.lang.zh.ChineseScript;
import org.econfacts.extraction.lang.zh.ChineseSubjects;

/** Wires the plain-Java pipeline into CDI: one instance of each stage for the process. */
@ApplicationScoped
public class ExtractionBeans {

    @Produces
    @Singleton
    CoreNlpPipelines coreNlpPipelines() {
        return new CoreNlpPipelines();
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
    RuleBook ruleBook(ScriptFolder folder) {
        return new RuleBook(EnglishRules.create(), ChineseRules.create(folder));
    }

    @Produces
    @Singleton
    ExtractionPipeline extractionPipeline(CoreNlpPipelines pipelines, RuleBook rules, ScriptFolder folder) {
        return new ExtractionPipeline(stages(pipelines, rules, folder));
    }

    /** All stages; also used by tests and tools that run the pipeline without Quarkus. */
    public static ExtractionPipeline.Stages stages(CoreNlpPipelines pipelines, RuleBook rules, ScriptFolder folder) {
        EntityGazetteer gazetteer = new EntityGazetteer(folder);
        return new ExtractionPipeline.Stages(
                new BoilerplateFilter(),
                new LanguageSplitter(new ChineseScript(folder)),
                new SentenceSplitter(new EnglishSentenceSplitter(pipelines, NumeralCue.load()), new ChineseSentenceSplitter()),
                rules,
                new Describe(new EntityTagger(pipelines, folder), new EnglishSubjects(), new ChineseSubjects(),
                        new EntityCollector(gazetteer, folder), new Categorizer(folder)),
                new CarryPeriods(),
                new SettleCurrency(folder),
                new CarryUnits(),
                new EntityNames(gazetteer, folder),
                new Dedupe(),
                new LinkFigures(),
                new PairTwins(),
                new ReferenceDates(Clock.systemUTC()));
    }

    /** The whole pipeline without CDI. */
    public static ExtractionPipeline standalone(CoreNlpPipelines pipelines) {
        ScriptFolder folder = new ScriptFolder();
        return new ExtractionPipeline(stages(pipelines, new RuleBook(EnglishRules.create(), ChineseRules.create(folder)), folder));
    }
}
