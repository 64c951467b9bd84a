package org.econfacts.extraction.lang.en;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.econfacts.extraction.PeriodParser;
import org.econfacts.normalization.Period;

/** Resolves a whole English period expression: the text must be exactly one phrase the finder knows. */
public final class EnglishPeriodParser implements PeriodParser {

    private final EnglishPeriodFinder finder;

    public EnglishPeriodParser(EnglishPeriodFinder finder) {
        this.finder = finder;
    }

    @Override
    public Optional<Period> parse(String text, LocalDate referenceDate) {
        if (text == null || referenceDate == null || text.length() > 200) {
            return Optional.empty();
        }
        String t = text.strip();
        List<PeriodPhrase> found = finder.find(t, referenceDate);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == t.length()) {
            return Optional.of(found.get(0).period());
        }
        return Optional.empty();
    }
}
