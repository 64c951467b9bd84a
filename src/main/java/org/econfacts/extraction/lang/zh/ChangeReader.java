package org.econfacts.extraction.lang.zh;

import org.econfacts.extraction.PhraseTable;
import java.util.Optional;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.Period;

/**
 * Decides whether a figure states a change: a change word ({@code 增长}, {@code 降幅}) in the same
 * clause, at most {@code maxGap} chars before the figure with only filler between ({@code 增幅高达}).
 * A verb followed by {@code 至/到} gives a level, not a change. The basis is the nearest basis word
 * ({@code 同比}, {@code 比上年}, {@code 环比}) shortly before the change word; {@code 环比} is refined to
 * month-on-month or quarter-on-quarter when the figure's period is a month or a quarter.
 */
final class ChangeReader {
    private static final String CLAUSE_BREAKS = ",;:、()\"“”'‘’。!?";

    private final ChineseLexicon lex;

    ChangeReader(ChineseLexicon lex) {
        this.lex = lex;
    }

    Change read(String s, int figureStart, Period period) {
        ChineseLexicon.Changes c = lex.changes();
        for (int gap = 0; gap <= c.maxGap() && figureStart - gap > 0; gap++) {
            int pos = figureStart - gap;
            if (gap > 0 && !c.gapChars().contains(s.charAt(pos))) {
                return null;
            }
            Optional<PhraseTable.Hit<Change.Direction>> hit = c.words().longestEndingAt(s, pos);
            if (hit.isPresent()) {
                PhraseTable.Hit<Change.Direction> h = hit.get();
                if (blocked(s, h) || (!c.rateNouns().contains(h.word()) && isLevel(s.substring(h.end(), figureStart)))) {
                    return null;
                }
                Change.Basis own = lex.bases().get(h.word()).orElse(null);
                return new Change(h.value(), own != null ? own : basis(s, h.start(), period));
            }
        }
        return null;
    }

    private boolean isLevel(String gap) {
        return lex.changes().levelMarkers().stream().anyMatch(gap::contains);
    }

    private boolean blocked(String s, PhraseTable.Hit<?> h) {
        for (String b : lex.changes().blockers()) {
            int from = Math.max(0, h.start() - b.length());
            int at = s.indexOf(b, from);
            if (at >= 0 && at <= h.start() && at + b.length() >= h.end()) {
                return true;
            }
        }
        return false;
    }

    private Change.Basis basis(String s, int changeStart, Period period) {
        int limit = Math.max(0, changeStart - lex.changes().basisWindow());
        for (int pos = changeStart; pos > limit; pos--) {
            boolean atBreak = pos < changeStart && CLAUSE_BREAKS.indexOf(s.charAt(pos)) >= 0;
            Optional<PhraseTable.Hit<Change.Basis>> hit = lex.bases().longestEndingAt(s, pos);
            if (atBreak) {
                // only a closed comparison (与去年同期相比,增长5%) reaches across a clause break
                return hit.filter(h -> h.word().endsWith("相比")).map(h -> refine(h.value(), period)).orElse(null);
            }
            if (hit.isPresent()) {
                return refine(hit.get().value(), period);
            }
        }
        return null;
    }

    private static Change.Basis refine(Change.Basis basis, Period period) {
        if (basis != Change.Basis.PREVIOUS_PERIOD || period == null) {
            return basis;
        }
        if (period.label().matches("\\d{4}-\\d{2}")) {
            return Change.Basis.MONTH_ON_MONTH;
        }
        return period.label().matches("\\d{4}-Q\\d") ? Change.Basis.QUARTER_ON_QUARTER : basis;
    }
}
