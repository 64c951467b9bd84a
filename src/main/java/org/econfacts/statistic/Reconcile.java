package org.econfacts.statistic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether the reports of one statistic agree. Two values agree when they are equal at the precision of the
 * less precise one (9.87 trillion and 9.9 trillion: both 9.9 at two significant digits). Reports that agree
 * form one reading; one reading is AGREED (the value: its most precise report). Several readings are a
 * REVISION when each later reading was published only after every report of the earlier one (a later
 * publication changed the number: the value is the latest reading's), else a CONFLICT (the value: the latest
 * report's, and the readings are shown side by side). Pure.
 */
public final class Reconcile {
    private Reconcile() {}

    public enum Status { AGREED, CONFLICT, REVISED }

    /** One report: its value (signed: a fall is negative), when it was published, and which fact it is. */
    public record Report(BigDecimal value, LocalDate published, long factId) {}

    public record Verdict(Status status, BigDecimal value, List<List<Report>> readings) {}

    public static boolean agree(BigDecimal a, BigDecimal b) {
        if (a.compareTo(b) == 0) {
            return true;
        }
        if (a.signum() != b.signum()) {
            return false;
        }
        int digits = Math.min(significant(a), significant(b));
        MathContext at = new MathContext(digits, RoundingMode.HALF_UP);
        return a.round(at).compareTo(b.round(at)) == 0;
    }

    private static int significant(BigDecimal v) {
        return v.signum() == 0 ? 1 : v.stripTrailingZeros().precision();
    }

    private static final Comparator<Report> IN_TIME = Comparator.comparing(Report::published,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(Report::factId);

    public static Verdict judge(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("a statistic has at least one report");
        }
        List<Report> sorted = reports.stream().sorted(IN_TIME).toList();
        List<List<Report>> readings = new ArrayList<>();
        for (Report r : sorted) {
            List<Report> joined = null;
            for (List<Report> reading : readings) {
                if (agree(reading.get(0).value(), r.value())) {
                    joined = reading;
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                readings.add(joined);
            }
            joined.add(r);
        }
        if (readings.size() == 1) {
            return new Verdict(Status.AGREED, mostPrecise(readings.get(0)), readings);
        }
        boolean stepwise = true;
        for (int i = 1; i < readings.size(); i++) {
            LocalDate earlierLast = last(readings.get(i - 1));
            LocalDate laterFirst = readings.get(i).get(0).published();
            stepwise &= earlierLast != null && laterFirst != null && earlierLast.isBefore(laterFirst);
        }
        return stepwise
                ? new Verdict(Status.REVISED, mostPrecise(readings.get(readings.size() - 1)), readings)
                : new Verdict(Status.CONFLICT, sorted.get(sorted.size() - 1).value(), readings);
    }

    private static LocalDate last(List<Report> reading) {
        return reading.get(reading.size() - 1).published();
    }

    /** The value with the most significant digits; of equals, the latest. */
    private static BigDecimal mostPrecise(List<Report> reading) {
        Report best = reading.get(0);
        for (Report r : reading) {
            if (significant(r.value()) >= significant(best.value())) {
                best = r;
            }
        }
        return best.value();
    }
}
