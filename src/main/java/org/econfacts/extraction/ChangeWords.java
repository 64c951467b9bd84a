package org.econfacts.extraction;

import java.util.List;
import java.util.Map;
import org.econfacts.normalization.Change;

/**
 * The {@code changes:} section every language's {@code lexicon.yaml} shares: what makes a figure a
 * change and which way, read by {@link Changes}. Phrases are written as the language's {@link Units}
 * join them (words with spaces, or characters solid); a language leaves out what it does not use
 * with an empty list, an empty map or 0.
 *
 * @param increase      change words written before the figure, with at most {@code maxGap} gap units between
 * @param decrease      the same, falling
 * @param increaseNouns nouns that reach the figure through one of {@code links} ("an increase of 5%")
 * @param decreaseNouns the same, falling
 * @param links         the words after a change noun ({@code of})
 * @param increaseAfter words right after the figure ("3 percent growth")
 * @param decreaseAfter the same, falling
 * @param afterSkip     a pattern one unit between the figure and its after word may match ("a 1.8 pct 1988 rise"), or empty
 * @param rateNouns     change words naming the rate: a level marker after them still gives a change ({@code 增幅为})
 * @param levelMarkers  units between a change word and the figure that make it the new level ({@code 增长至})
 * @param blockers      phrases holding a change word that state no change ({@code 增加值})
 * @param phrasal       a change word → the words before it that make a phrasal verb of it ("make up"); more blockers
 * @param gap           units that may stand between a change word and the figure
 * @param gapInner      units that may stand in the gap, but not right before the figure ("grew a strong 9%")
 * @param maxGap        the most gap units
 * @param reach         a change verb further back, through a word right before the figure ("rose in May by 5%")
 * @param list          a change noun governing figures in parentheses in a list after it
 * @param signs         a sign the figure's number starts with ("+0.3%")
 * @param clauseBreaks  units a reach or an earlier basis phrase does not cross
 * @param closedBases   endings of a basis phrase that does cross a clause break ({@code 与去年同期相比，})
 * @param basisAfter    how many characters after the figure a basis phrase may start ("up 5% year-on-year")
 * @param basisBefore   how many characters before the change a basis phrase may start ({@code 同比增长})
 */
public record ChangeWords(List<String> increase, List<String> decrease, List<String> increaseNouns,
        List<String> decreaseNouns, List<String> links, List<String> increaseAfter, List<String> decreaseAfter,
        String afterSkip, List<String> rateNouns, List<String> levelMarkers, List<String> blockers,
        Map<String, List<String>> phrasal, List<String> gap, List<String> gapInner, int maxGap, Reach reach,
        ListReach list, Map<Change.Direction, List<String>> signs, List<String> clauseBreaks, List<String> closedBases,
        int basisAfter, int basisBefore) {

    /** A change verb up to {@code units} back, when one of {@code via} stands right before the figure. */
    public record Reach(List<String> via, int units) {}

    /**
     * A figure between {@code open} and {@code close} belongs to a change noun up to {@code units}
     * back that one of {@code links} follows, unless a unit of {@code stops} or a number comes first.
     */
    public record ListReach(String open, String close, List<String> links, int units, List<String> stops) {}

    public ChangeWords {
        for (List<String> l : java.util.Arrays.asList(increase, decrease, increaseNouns, decreaseNouns, links,
                increaseAfter, decreaseAfter, rateNouns, levelMarkers, blockers, gap, gapInner, clauseBreaks, closedBases)) {
            require(l != null && l.stream().noneMatch(w -> w == null || w.isEmpty()), "a list is missing or holds an empty word");
        }
        require(!increase.isEmpty() && !decrease.isEmpty(), "increase and decrease need words");
        require(afterSkip != null && phrasal != null && signs != null && reach != null && list != null, "a section is missing");
        require(maxGap >= 0 && reach.units() >= 0 && list.units() >= 0 && basisAfter >= 0 && basisBefore >= 0,
                "maxGap, reach, list and basis windows are counts (0 or more)");
        require(reach.via() != null && list.links() != null && list.stops() != null, "reach.via, list.links and list.stops are lists");
        require(list.links().isEmpty() || list.open() != null && !list.open().isEmpty() && list.close() != null
                && !list.close().isEmpty(), "list: open and close are needed with links");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("changes: " + what);
        }
    }
}
