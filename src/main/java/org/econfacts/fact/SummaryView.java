package org.econfacts.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.econfacts.normalization.FigureKind;

/**
 * Facts grouped for a dashboard. Each group is one combination of the requested dimensions plus kind
 * and unit, so {@code sum} adds like to like; it is null for percentages, which do not add up.
 * {@code latest} is the group's figure with the latest period.
 */
public record SummaryView(List<String> groupBy, List<Group> groups) {

    public record Group(Map<String, Object> key, FigureKind kind, String unit, long count, BigDecimal sum,
            BigDecimal min, BigDecimal max, Latest latest) {}

    public record Latest(String period, BigDecimal value, Long factId) {}
}
