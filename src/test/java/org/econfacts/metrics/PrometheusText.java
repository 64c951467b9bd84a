package org.econfacts.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads values out of a {@code /q/metrics} scrape (Prometheus text format), for tests. */
public final class PrometheusText {

    private PrometheusText() {}

    /**
     * The sum of the series named {@code name} whose tags contain every one of {@code labels}
     * (e.g. {@code language="en"}); 0 when there is none.
     */
    public static double value(String scrape, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            String tags = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= tags.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
