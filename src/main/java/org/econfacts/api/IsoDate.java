package org.econfacts.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calendar dates as the API takes them: exactly {@code YYYY-MM-DD}. {@link LocalDate#parse} also takes
 * {@code +999999999-12-31}, which H2 and PostgreSQL cannot hold (stored as another date, compared
 * wrongly); Jackson takes day counts, arrays and date-times as well. Publication dates must also lie in
 * [{@link #EARLIEST}, today + 1 year]: anything else is a typo, and would resolve periods nonsensically.
 */
public final class IsoDate {
    private IsoDate() {}

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    /** The date, or empty when {@code value} is not a valid {@code YYYY-MM-DD}. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The latest publication date accepted: a year from today (UTC). */
    public static LocalDate latestPublication() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(1);
    }

    /** Whether {@code d} is a plausible publication date. */
    public static boolean plausiblePublication(LocalDate d) {
        return !d.isBefore(EARLIEST) && !d.isAfter(latestPublication());
    }
}
