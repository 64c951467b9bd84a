package org.econfacts.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.econfacts.extraction.corenlp.CoreNlpPipelines;
import org.econfacts.extraction.corenlp.EnglishSentenceSplitter;
import org.econfacts.extraction.lang.en.EnglishRules;
import org.econfacts.extraction.lang.zh.ChineseRules;
import org.econfacts.extraction.lang.zh.ChineseScript;

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
    RuleBook ruleBook(ScriptFolder folder) {
        return new RuleBook(EnglishRules.create(), ChineseRules.create(folder));
    }

    @Produces
    @Singleton
    ExtractionPipeline extractionPipeline(CoreNlpPipelines pipelines, RuleBook rules, ScriptFolder folder) {
        return new ExtractionPipeline(
                new BoilerplateFilter(),
                new LanguageSplitter(new ChineseScript(folder)),
                new SentenceSplitter(new EnglishSentenceSplitter(pipelines), new ChineseSentenceSplitter()),
                rules,
                new ReferenceDates(Clock.systemUTC()),
                new Dedupe(),
                new PairTwins());
    }
}
