package org.econfacts.extraction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date relative periods ("last year", "今年上半年") resolve against: the declared publication
 * date, else an ISO date in the article's opening lines (bylines such as "Updated: 2021-08-27"),
 * else today.
 */
public final class ReferenceDates {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");
    private static final int HEAD = 2000;

    private final Clock clock;

    public ReferenceDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate resolve(DocumentInput input) {
        if (input.publishedAt() != null) {
            return input.publishedAt();
        }
        String head = input.text().substring(0, Math.min(HEAD, input.text().length()));
        Matcher m = ISO_DATE.matcher(head);
        while (m.find()) {
            try {
                return LocalDate.parse(m.group());
            } catch (DateTimeParseException e) {
                // not a real date (2021-13-45): keep looking
            }
        }
        return LocalDate.now(clock);
    }
}
