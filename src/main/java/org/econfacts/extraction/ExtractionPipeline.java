package org.econfacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a document into findings, one line per stage: Clean → SplitByLanguage → (wait for the
 * languages' models) → sentences →
 * recognise (figures with qualifiers and period, per language) → SettleCurrency (what "$" or 元 means
 * in this document) → CarryUnits (elliptical figures) → CarryChanges (a change stated once
 * for a list or a compared rate) → Describe (subject, entities,
 * category) → TableUnits (rows of a table under a unit line) → CarryPeriods → EntityNames → DocumentTopic → Dedupe → LinkFigures → PairTwins.
 * Holds no mutable state; safe to call from many threads.
 */
public final class ExtractionPipeline {

    /** The stages, built once (see ExtractionBeans). */
    public record Stages(
            BoilerplateFilter clean,
            LanguageSplitter splitByLanguage,
            SentenceSplitter sentences,
            LanguageProfiles profiles,
            Describe describe,
            CarryPeriods carryPeriods,
            SettleCurrency settleCurrency,
            CarryUnits carryUnits,
            CarryChanges carryChanges,
            TableUnits tables,
            EntityNames entityNames,
            DocumentTopic documentTopic,
            Dedupe dedupe,
            LinkFigures linkFigures,
            PairTwins pairTwins,
            ReferenceDates referenceDates,
            ModelGate models) {}

    private final Stages s;

    public ExtractionPipeline(Stages stages) {
        this.s = stages;
    }

    public Extraction run(DocumentInput input) {
        return run(input, Deadline.NONE);
    }

    /** Reads a document, giving up with {@link ExtractionTimeoutException} once the deadline passes. */
    public Extraction run(DocumentInput input, Deadline deadline) {
        Set<Language> wanted = DeclaredLanguages.parse(input.declaredLanguage());
        LocalDate ref = s.referenceDates().resolve(input);
        String text = input.text();
        List<Passage> passages = s.splitByLanguage().split(text, s.clean().boilerplate(text)).stream()
                .filter(p -> wanted.contains(p.language())).toList();
        s.models().await(passages, deadline);
        SettleCurrency.Reading currencies = s.settleCurrency().read(text);
        List<List<Finding>> found = new ArrayList<>();
        for (Passage passage : passages) {
            List<Finding> inPassage = new ArrayList<>();
            List<Mention> passageFigures = new ArrayList<>();
            for (Sentence sentence : s.sentences().split(passage)) {
                deadline.check();
                LanguageRules rules = s.profiles().of(sentence.language()).rules();
                List<Mention> mentions = s.carryChanges().apply(sentence, s.carryUnits().apply(sentence,
                        currencies.apply(rules.figures().recognize(sentence, ref)), passageFigures, rules, ref, text));
                passageFigures.addAll(mentions);
                inPassage.addAll(s.describe().apply(sentence, mentions, text));
            }
            found.add(inPassage);
        }
        tableRows(text, passages, found, currencies, ref);
        List<Finding> periods = s.carryPeriods().apply(found, ref);
        List<Finding> named = s.documentTopic().apply(s.entityNames().apply(periods, text));
        named = s.dedupe().apply(named, deadline);
        LinkFigures.Linked linked = s.linkFigures().apply(named, text, deadline);
        return new Extraction(linked.findings(), s.pairTwins().pair(linked.findings(), deadline), linked.links(),
                languages(passages), ref);
    }

    /** Adds the figures of the document's tables to the passages that hold their rows, in text order. */
    private void tableRows(String text, List<Passage> passages, List<List<Finding>> found, SettleCurrency.Reading currencies,
            LocalDate ref) {
        List<Finding> all = found.stream().flatMap(List::stream).toList();
        for (Finding row : s.tables().apply(text, passages, all, s.profiles(), ref)) {
            int p = 0;
            while (p + 1 < passages.size() && passages.get(p + 1).start() <= row.mention().start()) {
                p++;
            }
            List<Finding> in = found.get(p);
            in.add(row.withMention(currencies.apply(List.of(row.mention())).get(0)));
            in.sort(Comparator.comparingInt(f -> f.mention().start()));
        }
    }

    /** The languages a document holds, in order of first appearance, e.g. {@code en+zh-Hant}. */
    private static String languages(List<Passage> passages) {
        Set<String> tags = new LinkedHashSet<>();
        passages.forEach(p -> tags.add(p.language().tag()));
        return tags.isEmpty() ? null : tags.stream().collect(Collectors.joining("+"));
    }
}
