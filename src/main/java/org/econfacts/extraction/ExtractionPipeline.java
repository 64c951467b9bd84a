package org.econfacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a document into mentions. One line per stage: Clean → SplitByLanguage → sentences →
 * recognise (number, money, percent, count, quantity, qualifiers, period; per language) →
 * CarryPeriods → Dedupe →
 * PairTwins.
 * Holds no mutable state; safe to call from many threads.
 */
public final class ExtractionPipeline {

    private final BoilerplateFilter clean;
    private final LanguageSplitter splitByLanguage;
    private final SentenceSplitter sentences;
    private final RuleBook rules;
    private final ReferenceDates referenceDates;
    private final Dedupe dedupe;
    private final PairTwins pairTwins;
    private final CarryPeriods carryPeriods = new CarryPeriods();

    public ExtractionPipeline(BoilerplateFilter clean, LanguageSplitter splitByLanguage, SentenceSplitter sentences,
            RuleBook rules, ReferenceDates referenceDates, Dedupe dedupe, PairTwins pairTwins) {
        this.clean = clean;
        this.splitByLanguage = splitByLanguage;
        this.sentences = sentences;
        this.rules = rules;
        this.referenceDates = referenceDates;
        this.dedupe = dedupe;
        this.pairTwins = pairTwins;
    }

    public Extraction run(DocumentInput input) {
        return run(input, Deadline.NONE);
    }

    /** Reads a document, giving up with {@link ExtractionTimeoutException} once the deadline passes. */
    public Extraction run(DocumentInput input, Deadline deadline) {
        Set<Language> wanted = DeclaredLanguages.parse(input.declaredLanguage());
        LocalDate ref = referenceDates.resolve(input);
        List<Passage> passages = splitByLanguage.split(input.text(), clean.boilerplate(input.text())).stream()
                .filter(p -> wanted.contains(p.language())).toList();
        List<Finding> found = new ArrayList<>();
        for (Passage passage : passages) {
            List<Finding> inPassage = new ArrayList<>();
            for (Sentence sentence : sentences.split(passage)) {
                deadline.check();
                for (Mention m : rules.forLanguage(sentence.language()).figures().recognize(sentence, ref)) {
                    inPassage.add(new Finding(m, sentence.text()));
                }
            }
            found.addAll(carryPeriods.apply(inPassage));
        }
        List<Finding> findings = dedupe.apply(found);
        return new Extraction(findings, pairTwins.pair(findings), languages(passages), ref);
    }

    /** The languages a document holds, in order of first appearance, e.g. {@code en+zh-Hant}. */
    private static String languages(List<Passage> passages) {
        Set<String> tags = new LinkedHashSet<>();
        passages.forEach(p -> tags.add(p.language().tag()));
        return tags.isEmpty() ? null : tags.stream().collect(Collectors.joining("+"));
    }
}
