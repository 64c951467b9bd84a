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
        if (finder.isMonthName(t) && !t.equalsIgnoreCase("may")) { // "may" alone is the verb
            // a whole text that is only a month name is a month; in running text it needs "in May"
            List<PeriodPhrase> month = finder.find("in " + t, referenceDate);
            return month.size() == 1 ? Optional.of(month.get(0).period()) : Optional.empty();
        }
        return Optional.empty();
    }
}
