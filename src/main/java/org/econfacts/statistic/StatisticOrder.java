package org.econfacts.statistic;

import java.util.Locale;
import org.econfacts.api.DomainException.InvalidQuery;

/**
 * How a statistics listing is sorted: {@code reports} (how many matching facts report it), {@code period} (its
 * latest period start) or {@code published} (its latest report's publication), descending with a leading '-'.
 * The default is most reported first.
 */
public record StatisticOrder(String sql, boolean needsDocument) {

    public static final StatisticOrder DEFAULT = new StatisticOrder("count(f) desc", false);

    public static StatisticOrder parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        String key = raw.strip().toLowerCase(Locale.ROOT);
        boolean descending = key.startsWith("-");
        String direction = descending ? " desc" : " asc";
        return switch (descending ? key.substring(1) : key) {
            case "reports" -> new StatisticOrder("count(f)" + direction, false);
            case "period" -> new StatisticOrder("max(f.periodStart)" + direction, false);
            case "published" -> new StatisticOrder("max(coalesce(d.publishedAt, d.referenceDate))" + direction, true);
            default -> throw new InvalidQuery("sort", "sort must be reports, period or published, with '-' for descending");
        };
    }
}
