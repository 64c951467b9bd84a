package org.econfacts.extraction;

/** Everything language-specific the pipeline needs for one language family. */
public record LanguageRules(NumberParser numbers, PeriodRules periods, FigureRecognizer figures) {
    public LanguageRules {
        if (numbers == null || periods == null || figures == null) {
            throw new IllegalArgumentException("incomplete language rules");
        }
    }
}
