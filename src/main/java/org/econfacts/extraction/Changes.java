package org.econfacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.Period;

/**
 * The change stage every language shares: whether a figure states a change, which way, and against
 * what, from the lexicon's {@code changes:} and {@code bases:} sections ({@link ChangeWords}). The
 * direction comes from the first of: a change word before the figure across a short gap ("up 15
 * percent", "an increase of", {@code 增幅高达}), unless a blocker covers it ({@code 增加值}, "make up")
 * or a level marker stands in the gap ({@code 增长至}); a change verb further back through a reach
 * word ("increased in May by 5%"); a word right after the figure ("3 percent growth"); a change noun
 * governing a parenthesised list; the figure's sign. The basis is the one the change word itself
 * names ({@code 年增}), else the nearest basis phrase after the figure, else the nearest before the
 * change, with no other figure between and, before, no clause break unless the phrase is closed ({@code 与去年同期相比，});
 * a basis of the previous period is refined by the figure's period (a month: month-on-month). Immutable.
 */
public final class Changes {

    private record Found(int at, int end, String word, Change.Direction direction) {}

    private final ChangeWords w;
    private final boolean spaced;
    private final PhraseTable<Change.Direction> before;
    private final PhraseTable<Change.Direction> nouns;
    private final PhraseTable<Change.Direction> after;
    private final PhraseTable<Change.Basis> basisWords;
    private final PhraseTable<Boolean> blockers;
    private final PhraseTable<Boolean> reachVia;
    private final int blockerUnits;
    private final Pattern afterSkip;
    private final PhraseSpans basisPhrases;
    private final Map<String, Change.Basis> basisNamed = new HashMap<>();
    private final Map<String, Change.Direction> signs = new HashMap<>();

    /**
     * @param spaced whether the language writes words with spaces between (phrases match whole words,
     *               ignoring case) or solid (phrases match as written, on folded text)
     */
    public Changes(ChangeWords words, Map<Change.Basis, List<String>> bases, boolean spaced) {
        this.w = words;
        this.spaced = spaced;
        Map<String, Change.Direction> b = directions(words.increase(), words.decrease());
        Map<String, Change.Direction> n = directions(words.increaseNouns(), words.decreaseNouns());
        n.forEach((noun, d) -> words.links().forEach(link -> b.putIfAbsent(noun + (spaced ? " " : "") + link, d)));
        this.before = table(b);
        this.nouns = table(n);
        this.after = table(directions(words.increaseAfter(), words.decreaseAfter()));
        List<String> blocking = new ArrayList<>(words.blockers());
        words.phrasal().forEach((word, verbs) -> verbs.forEach(v -> blocking.add(v + (spaced ? " " : "") + word)));
        this.blockers = PhraseTable.of(blocking, spaced);
        this.reachVia = PhraseTable.of(words.reach().via(), spaced);
        this.blockerUnits = blocking.stream().mapToInt(x -> spaced ? x.split(" ").length : x.length()).max().orElse(0);
        this.afterSkip = words.afterSkip().isEmpty() ? null : Pattern.compile(words.afterSkip());
        bases.forEach((basis, phrases) -> phrases.forEach(p -> {
            if (basisNamed.put(key(p), basis) != null) {
                throw new IllegalStateException("bases: '" + p + "' is listed twice");
            }
        }));
        this.basisWords = table(new HashMap<>(basisNamed));
        this.basisPhrases = new PhraseSpans(basisNamed.keySet(), spaced, spaced);
        words.signs().forEach((d, chars) -> chars.forEach(c -> signs.put(c, d)));
    }

    private <V> PhraseTable<V> table(Map<String, V> entries) {
        return PhraseTable.of(entries, spaced);
    }

    private static Map<String, Change.Direction> directions(List<String> up, List<String> down) {
        Map<String, Change.Direction> m = new HashMap<>();
        up.forEach(x -> m.put(x, Change.Direction.INCREASE));
        down.forEach(x -> m.put(x, Change.Direction.DECREASE));
        return m;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private String key(String phrase) {
        return spaced ? SPACES.matcher(phrase.toLowerCase(Locale.ROOT).trim()).replaceAll(" ") : phrase;
    }

    /** The basis phrases of a sentence's text, as character spans, in text order. */
    public List<int[]> basisSpans(String text) {
        return basisPhrases.in(text);
    }

    /**
     * The change the figure of units {@code [from, to)} states, or null.
     *
     * @param units  the sentence's units, with character offsets into {@code text}
     * @param text   the sentence's text as the units read it
     * @param number the unit the figure's number starts at (its sign)
     * @param bases  the sentence's {@link #basisSpans}
     * @param others where the sentence's other figures start (character offsets): no basis is read across one
     * @param period the figure's period, or null
     */
    public Change read(Units units, String text, int from, int to, int number, List<int[]> bases, List<Integer> others,
            Period period) {
        Found f = before(units, from);
        if (f == null) {
            f = reach(units, from);
        }
        if (f == null) {
            f = after(units, from, to);
        }
        if (f == null) {
            f = list(units, from, to);
        }
        if (f == null && number < units.size()) {
            String first = units.joined(number, number + 1);
            Change.Direction d = first.isEmpty() ? null : signs.get(first.substring(0, 1));
            f = d == null ? null : new Found(from, from, "", d);
        }
        if (f == null) {
            return null;
        }
        int changeStart = units.start(Math.min(f.at(), from));
        Change.Basis basis = basisNamed.get(key(f.word())); // the change word names its basis (年增)
        if (basis == null) {
            basis = basis(text, changeStart, units.end(to - 1), bases, others);
        }
        return new Change(f.direction(), refine(basis, period));
    }

    /** A change word ending at most {@code maxGap} gap units before the figure. */
    private Found before(Units units, int from) {
        for (int g = 0; g <= w.maxGap() && from - g >= 0; g++) {
            int end = from - g;
            if (g > 0) {
                String unit = units.joined(end, end + 1);
                if (!w.gap().contains(unit) && !(g > 1 && w.gapInner().contains(unit))) {
                    return null;
                }
            }
            Optional<PhraseTable.Hit<Change.Direction>> hit = before.endingAt(units, end);
            if (hit.isPresent()) {
                PhraseTable.Hit<Change.Direction> h = hit.get();
                if (blocked(units, h) || !w.rateNouns().contains(h.word()) && isLevel(units, h.end(), from)) {
                    return null;
                }
                return new Found(h.start(), h.end(), h.word(), h.value());
            }
        }
        return null;
    }

    private boolean isLevel(Units units, int from, int to) {
        if (to <= from) {
            return false;
        }
        String gap = units.joined(from, to);
        return w.levelMarkers().stream().anyMatch(gap::contains);
    }

    /** Whether a blocker phrase covers the change word ({@code 增加值} over {@code 增加}, "make up" over "up"). */
    private boolean blocked(Units units, PhraseTable.Hit<?> h) {
        for (int s = h.start(); s >= Math.max(0, h.start() - blockerUnits + 1); s--) {
            Optional<PhraseTable.Hit<Boolean>> b = blockers.at(units, s);
            if (b.isPresent() && b.get().end() >= h.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "increased in this period by 77 per cent", "grew at an annual rate of 2.8 percent": a change verb a
     * few units before the reach phrase. A level marker between makes it a level ("jumped to a rate of").
     */
    private Found reach(Units units, int from) {
        Optional<PhraseTable.Hit<Boolean>> via = from == 0 ? Optional.empty() : reachVia.endingAt(units, from);
        if (via.isEmpty()) {
            return null;
        }
        int start = via.get().start();
        for (int j = start - 1; j >= Math.max(0, start - w.reach().units()); j--) {
            String unit = units.joined(j, j + 1);
            if (w.clauseBreaks().contains(unit) || startsWithDigit(unit) || w.levelMarkers().contains(unit)) {
                return null;
            }
            Change.Direction d = before.get(unit).orElse(null);
            if (d != null) {
                return new Found(j, j + 1, unit, d);
            }
        }
        return null;
    }

    /** "15 percent growth", "a 1.8 pct 1988 rise", "5 percent year-on-year growth". */
    private Found after(Units units, int from, int to) {
        int k = to;
        if (k < units.size() && afterSkip != null && afterSkip.matcher(units.joined(k, k + 1)).matches()) {
            k++;
        }
        Optional<PhraseTable.Hit<Change.Basis>> b = k < units.size() ? basisWords.at(units, k) : Optional.empty();
        if (b.isPresent()) {
            k = b.get().end();
        }
        Optional<PhraseTable.Hit<Change.Direction>> hit = k < units.size() ? after.at(units, k) : Optional.empty();
        return hit.map(h -> new Found(from, from, h.word(), h.value())).orElse(null);
    }

    /**
     * A figure in parentheses in a list governed by a change noun + link: "reflected increases in
     * capital goods ($2.9 billion), and in consumer goods ($2.0 billion)". Walking back over the list,
     * other figures count only inside parentheses.
     */
    private Found list(Units units, int from, int to) {
        ChangeWords.ListReach l = w.list();
        if (l.links().isEmpty() || from == 0 || to >= units.size() || !units.joined(from - 1, from).equals(l.open())
                || !units.joined(to, to + 1).equals(l.close())) {
            return null;
        }
        int depth = 0;
        for (int j = from - 2; j >= Math.max(0, from - l.units()); j--) {
            String unit = units.joined(j, j + 1);
            if (unit.equals(l.close())) {
                depth++;
            } else if (unit.equals(l.open())) {
                depth--;
            } else if (depth == 0 && (l.stops().contains(unit) || startsWithDigit(unit))) {
                return null;
            } else if (depth == 0 && l.links().contains(units.joined(j + 1, j + 2))) {
                Optional<PhraseTable.Hit<Change.Direction>> noun = nouns.endingAt(units, j + 1);
                if (noun.isPresent()) {
                    return new Found(noun.get().start(), noun.get().end(), noun.get().word(), noun.get().value());
                }
            }
        }
        return null;
    }

    private static boolean startsWithDigit(String unit) {
        return !unit.isEmpty() && Character.isDigit(unit.charAt(0));
    }

    /** The basis of a change starting at character {@code changeStart} whose figure ends at {@code figureEnd}, or null. */
    private Change.Basis basis(String text, int changeStart, int figureEnd, List<int[]> spans, List<Integer> others) {
        for (int[] s : spans) {
            if (w.basisAfter() > 0 && s[0] >= figureEnd && s[0] <= figureEnd + w.basisAfter() && !figureBetween(others, figureEnd, s[0])) {
                return named(text, s);
            }
        }
        for (int k = spans.size() - 1; k >= 0; k--) {
            int[] s = spans.get(k);
            if (s[1] <= changeStart && changeStart - s[1] <= w.basisBefore()) {
                return figureBetween(others, s[1], changeStart) || !openTo(text, s, changeStart) ? null : named(text, s);
            }
        }
        return null;
    }

    /** Whether no clause break stands between a basis phrase and the change, or the phrase is closed right before one. */
    private boolean openTo(String text, int[] span, int changeStart) {
        String between = text.substring(span[1], changeStart);
        int first = -1;
        for (String brk : w.clauseBreaks()) {
            int at = between.indexOf(brk);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return true;
        }
        String phrase = text.substring(span[0], span[1]);
        if (first > 0 || w.closedBases().stream().noneMatch(phrase::endsWith)) {
            return false;
        }
        String rest = between.substring(1);
        return w.clauseBreaks().stream().noneMatch(rest::contains);
    }

    private Change.Basis named(String text, int[] span) {
        return basisNamed.get(key(text.substring(span[0], span[1])));
    }

    private static boolean figureBetween(List<Integer> others, int from, int to) {
        return others.stream().anyMatch(s -> s >= from && s < to);
    }

    /** A change against the previous period of a monthly or quarterly figure is month- or quarter-on. */
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
