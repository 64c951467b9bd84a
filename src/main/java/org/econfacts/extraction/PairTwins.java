package org.econfacts.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.econfacts.normalization.FigureKind;
import org.econfacts.normalization.FigureValue;

/**
 * Pairs each finding of a bilingual document with its twin in the other language family: the same
 * kind and currency, a value equal up to rounding, close by in the text (a translation follows or
 * precedes its original). Of a twin, the first index is the finding whose family sorts first
 * ({@code en} before {@code zh}). Candidates are taken greedily from the most alike and nearest, one twin each, so a
 * figure reordered inside a translated paragraph still finds its partner.
 */
public final class PairTwins {

    /** Values that differ by at most this share are taken as the same figure rounded (15 vs 15.3). */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.05");
    /** Twins further apart than this many characters are not looked for. */
    private static final int REACH = 3000;

    /** A pair of indices into the findings list: the family that sorts first (English), then the other (Chinese). */
    public record Twin(int english, int chinese) {}

    private record Candidate(int english, int chinese, boolean sameValue, int distance) {}

    public List<Twin> pair(List<Finding> findings) {
        return pair(findings, Deadline.NONE);
    }

    /** As {@link #pair(List)}, within the document's time budget (every English figure meets every Chinese one). */
    public List<Twin> pair(List<Finding> findings, Deadline deadline) {
        List<Candidate> candidates = new ArrayList<>();
        for (int e = 0; e < findings.size(); e++) {
            deadline.check();
            Mention en = findings.get(e).mention();
            for (int z = 0; z < findings.size(); z++) {
                Mention zh = findings.get(z).mention();
                if (en.language().family().compareTo(zh.language().family()) >= 0 || !compatible(en.value(), zh.value())) {
                    continue;
                }
                int distance = en.start() < zh.start() ? zh.start() - en.end() : en.start() - zh.end();
                if (distance <= REACH) {
                    boolean same = en.value().value().compareTo(zh.value().value()) == 0;
                    candidates.add(new Candidate(e, z, same, distance));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.sameValue()).thenComparingInt(Candidate::distance));
        boolean[] taken = new boolean[findings.size()];
        List<Twin> twins = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!taken[c.english()] && !taken[c.chinese()]) {
                taken[c.english()] = true;
                taken[c.chinese()] = true;
                twins.add(new Twin(c.english(), c.chinese()));
            }
        }
        twins.sort(Comparator.comparingInt(Twin::english));
        return twins;
    }

    static boolean compatible(FigureValue a, FigureValue b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        if ((a.kind() == FigureKind.MONEY || a.kind() == FigureKind.PERCENT) && !a.unit().equals(b.unit())) {
            return false;
        }
        return close(a.value(), b.value());
    }

    static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal larger = a.abs().max(b.abs());
        if (larger.signum() == 0) {
            return true;
        }
        return a.subtract(b).abs().divide(larger, MathContext.DECIMAL64).compareTo(TOLERANCE) <= 0;
    }
}
