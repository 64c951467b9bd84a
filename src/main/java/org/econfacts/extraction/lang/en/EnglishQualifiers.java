package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.PeriodAttachment;
import org.econfacts.extraction.PeriodPhrase;
import org.econfacts.extraction.Approximations;
import org.econfacts.extraction.Units;
import org.econfacts.extraction.PhraseTable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.Sentence;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.Period;

/**
 * Adds approximation, change and period to a draft figure. The approximation word right before the
 * figure joins the span ({@code more than 63,000 vehicles}); the change comes from a verb, adverb or
 * noun next to the figure ({@code up 15 percent}, {@code an increase of}, {@code 3 percent growth}),
 * never across {@code to} ({@code rose to $5 billion} is a level); the basis from a basis phrase near
 * it; the period is the phrase {@link PeriodAttachment} chooses among the sentence's.
 */
final class EnglishQualifiers {

    private static final int BASIS_BEFORE = 30;
    private static final int LIST_REACH = 40;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");
    private static final int BASIS_AFTER = 60;

    private final Approximations approximations;
    private final PhraseTable<Change.Direction> before;
    private final PhraseTable<Change.Direction> nouns;
    private final PhraseTable<Change.Direction> after;
    private final PhraseTable<Boolean> fillers;
    private final java.util.Set<String> articles;
    private final Map<String, java.util.Set<String>> phrasal = new HashMap<>();
    private final int byReach;
    private final PhraseTable<Change.Basis> bases;
    private final Map<String, Change.Basis> basisNamed;
    private final PeriodAttachment attachment;

    EnglishQualifiers(EnglishLexicon lexicon, PeriodAttachment attachment) {
        this.attachment = attachment;
        this.approximations = new Approximations(lexicon.approximations());
        EnglishLexicon.Changes c = lexicon.changes();
        this.before = PhraseTable.ofWords(directions(c.increaseBefore(), c.decreaseBefore()));
        this.nouns = PhraseTable.ofWords(directions(c.increaseNouns(), c.decreaseNouns()));
        this.after = PhraseTable.ofWords(directions(c.increaseAfter(), c.decreaseAfter()));
        this.fillers = PhraseTable.ofWords(c.fillers());
        this.articles = java.util.Set.copyOf(lexicon.numbers().indefinite());
        this.byReach = c.byReach();
        c.phrasal().forEach((word, verbs) -> phrasal.put(word, java.util.Set.copyOf(verbs)));
        Map<String, Change.Basis> b = new HashMap<>();
        lexicon.bases().forEach((k, words) -> words.forEach(w -> b.put(w, k)));
        this.bases = PhraseTable.ofWords(b);
        this.basisNamed = Map.copyOf(b);
    }

    private static Map<String, Change.Direction> directions(List<String> up, List<String> down) {
        Map<String, Change.Direction> m = new HashMap<>();
        up.forEach(w -> m.put(w, Change.Direction.INCREASE));
        down.forEach(w -> m.put(w, Change.Direction.DECREASE));
        return m;
    }

    Mention qualify(Sentence sentence, List<Tok> toks, Draft draft, List<Draft> all, List<PeriodPhrase> periods,
            List<int[]> basisSpans) {
        Approximations.Widened widened = approximations.widen(Units.words(toks, Tok::lower), draft.from(), draft.to(),
                Approximation.EXACT);
        Draft d = draft.withFrom(widened.from());
        Approximation approx = widened.approximation();
        int changeAt = changeWordBefore(toks, d.from());
        Change.Direction direction = changeAt >= 0 ? directionBefore(toks, changeAt) : null;
        if (direction == null) {
            direction = directionAfter(toks, d.to());
            changeAt = d.from();
        }
        if (direction == null) {
            changeAt = changeNounOverList(toks, d.from(), d.to());
            direction = changeAt >= 0 ? directionBefore(toks, changeAt) : null;
        }
        String number = toks.get(d.numFrom()).word();
        if (direction == null && EnglishFigureRecognizer.SIGNS.indexOf(number.charAt(0)) >= 0) {
            direction = number.charAt(0) == '+' ? Change.Direction.INCREASE : Change.Direction.DECREASE; // "+0.3%"
            changeAt = d.from();
        }
        String text = sentence.text();
        int start = toks.get(d.from()).start();
        int end = toks.get(widened.to() - 1).end(); // "20 million tonnes or more"
        Change change = null;
        if (direction != null) {
            int from = Math.min(toks.get(Math.max(changeAt, 0)).start(), start);
            change = new Change(direction, basis(toks, text, from, end, d, all, basisSpans));
        }
        PeriodPhrase phrase = attachment.choose(text, start, end, periods, all.stream().map(o -> toks.get(o.from()).start()).toList());
        Period period = attachment.periodOf(phrase, d.value());
        return new Mention(d.value(), approx, change, period, sentence.start() + start, sentence.start() + end,
                text.substring(start, end), sentence.language(), d.rule(), null);
    }

    /** Approximation and change of a figure made after recognition (CarryUnits); its period is kept. */
    Mention qualifyMade(Sentence sentence, List<Tok> toks, Mention made, List<int[]> basisSpans) {
        int s = made.start() - sentence.start();
        int e = made.end() - sentence.start();
        int from = -1;
        int to = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == s) {
                from = i;
            }
            if (toks.get(i).end() == e) {
                to = i + 1;
            }
        }
        if (from < 0 || to <= from) {
            return made;
        }
        Draft d = new Draft(made.value(), from, to, from, to, made.rule());
        Mention q = qualify(sentence, toks, d, List.of(d), List.of(), basisSpans);
        return new Mention(made.value(), q.approximation(), q.change(), made.period(), q.start(), q.end(), q.text(),
                made.language(), made.rule(), made.subject());
    }

    /** Index of the change word before the figure (fillers such as "by" skipped), or -1. */
    private int changeWordBefore(List<Tok> toks, int from) {
        int k = from;
        for (int skipped = 0; skipped < 2 && k > 0; skipped++) {
            String w = toks.get(k - 1).lower();
            if (!fillers.contains(w) && !(skipped > 0 && articles.contains(w) && !toks.get(k).lower().equals("by"))) {
                break;
            }
            k--;
        }
        if (k > 0 && before.contains(toks.get(k - 1).lower())
                && !(k > 1 && phrasal.getOrDefault(toks.get(k - 1).lower(), java.util.Set.of()).contains(toks.get(k - 2).lower()))) {
            return k - 1;
        }
        if (k > 1 && toks.get(k - 1).lower().equals("of")) {
            PhraseTable.Hit<Change.Direction> noun = nouns.wordsEndingAt(toks, k - 1, Tok::lower).orElse(null);
            if (noun != null) {
                return noun.start();
            }
        }
        if (from > 0 && toks.get(from - 1).lower().equals("by")) {
            return changeVerbBeforeBy(toks, from - 1);
        }
        return -1;
    }

    /**
     * A figure in parentheses in a list governed by a plural change noun + "in": "reflected increases
     * in capital goods ($2.9 billion), and in consumer goods ($2.0 billion)". Index of the noun, or -1:
     * walking back over the list, other figures count only inside parentheses.
     */
    private int changeNounOverList(List<Tok> toks, int from, int to) {
        if (from == 0 || to >= toks.size() || !toks.get(from - 1).word().equals("(") || !toks.get(to).word().equals(")")) {
            return -1;
        }
        int depth = 0;
        for (int j = from - 2; j >= Math.max(0, from - LIST_REACH); j--) {
            String w = toks.get(j).word();
            if (w.equals(")")) {
                depth++;
            } else if (w.equals("(")) {
                depth--;
            } else if (depth == 0 && (w.equals(";") || w.equals(".") || Character.isDigit(w.charAt(0)))) {
                return -1;
            } else if (depth == 0 && toks.get(j + 1).lower().equals("in")) {
                PhraseTable.Hit<Change.Direction> noun = nouns.wordsEndingAt(toks, j + 1, Tok::lower).orElse(null);
                if (noun != null && toks.get(j).lower().endsWith("s")) {
                    return noun.start();
                }
            }
        }
        return -1;
    }

    /** "increased in this period by 77.12 per cent": the change verb a few words before "by", or -1. */
    private int changeVerbBeforeBy(List<Tok> toks, int by) {
        for (int j = by - 1; j >= Math.max(0, by - byReach); j--) {
            String w = toks.get(j).word();
            if (w.equals(",") || w.equals(";") || w.equals(":") || Character.isDigit(w.charAt(0))) {
                return -1;
            }
            if (before.contains(toks.get(j).lower())) {
                return j;
            }
        }
        return -1;
    }

    private Change.Direction directionBefore(List<Tok> toks, int at) {
        PhraseTable.Hit<Change.Direction> hit = before.wordsAt(toks, at, Tok::lower).orElse(null);
        if (hit == null) {
            hit = nouns.wordsAt(toks, at, Tok::lower).orElse(null);
        }
        return hit == null ? null : hit.value();
    }

    /** "15 percent growth", "a 3 percent year-on-year drop". */
    private Change.Direction directionAfter(List<Tok> toks, int to) {
        int k = to;
        if (k < toks.size() && YEAR.matcher(toks.get(k).word()).matches()) {
            k++; // "a 1.8 pct 1988 rise"
        }
        PhraseTable.Hit<Change.Basis> b = k < toks.size() ? bases.wordsAt(toks, k, Tok::lower).orElse(null) : null;
        if (b != null) {
            k = b.end();
        }
        PhraseTable.Hit<Change.Direction> hit = k < toks.size() ? after.wordsAt(toks, k, Tok::lower).orElse(null) : null;
        return hit == null ? null : hit.value();
    }

    /**
     * A basis phrase close to the change with no other figure in between, or null: first the nearest
     * one after the figure ("up 15 percent year-on-year"), else one just before the change word
     * ("year-on-year growth of 15 percent").
     */
    private Change.Basis basis(List<Tok> toks, String text, int from, int end, Draft self, List<Draft> all,
            List<int[]> basisSpans) {
        for (int[] span : basisSpans) {
            if (span[0] >= end && span[0] <= end + BASIS_AFTER && !figureBetween(toks, self, all, end, span[0])) {
                return basisNamed(text, span);
            }
        }
        for (int k = basisSpans.size() - 1; k >= 0; k--) {
            int[] span = basisSpans.get(k);
            if (span[1] <= from && span[0] >= from - BASIS_BEFORE && !figureBetween(toks, self, all, span[1], from)) {
                return basisNamed(text, span);
            }
        }
        return null;
    }

    private Change.Basis basisNamed(String text, int[] span) {
        return basisNamed.get(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static boolean figureBetween(List<Tok> toks, Draft self, List<Draft> all, int from, int to) {
        for (Draft o : all) {
            if (o != self) {
                int s = toks.get(o.numFrom()).start();
                if (s >= from && s < to) {
                    return true;
                }
            }
        }
        return false;
    }
}
