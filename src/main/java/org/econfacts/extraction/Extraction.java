package org.econfacts.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of reading one document: its findings in text order, the languages it holds
 * (e.g. {@code en+zh-Hant}), the English-Chinese twins of a bilingual document (indices into
 * {@code findings}), the links between figures (equivalents, changes, repeats) and the reference date periods were resolved against.
 */
public record Extraction(
        List<Finding> findings, List<PairTwins.Twin> twins, List<Link> links, String language, LocalDate referenceDate) {
    public Extraction {
        findings = List.copyOf(findings);
        twins = List.copyOf(twins);
        links = List.copyOf(links);
    }
}
