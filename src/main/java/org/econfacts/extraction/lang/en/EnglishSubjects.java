package org.econfacts.extraction.lang.en;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.SubjectFinder;
import org.econfacts.extraction.Token;
import org.econfacts.normalization.FigureKind;

/**
 * English subjects from part-of-speech patterns around the figure:
 * <ul>
 *   <li>{@code <NP> of <figure>} → NP ("a total investment of $675 million" → "total investment");
 *   <li>{@code <NP> reached|was|totalled|stood at <figure>} → NP, up to the clause start;
 *   <li>{@code <NP> accounts for <figure> of <NP2>} → "NP share of NP2";
 *   <li>counts: the counted noun phrase, with the verb before it and a following "from/in …" phrase
 *       ("exported … vehicles", "companies from the SCO footprint").
 * </ul>
 * A change ("up 15 percent") usually gets its subject from the figure it modifies (LinkFigures).
 */
public final class EnglishSubjects implements SubjectFinder {

    private static final int MAX_WORDS = 12;

    private final Set<String> linking;
    private final Set<String> having;
    private final Set<String> shareVerbs;
    private final Set<String> changeUnits;
    private final Set<String> skipBefore;
    private final Set<String> followingPrepositions;
    private final Set<String> innerPrepositions;
    private final Set<String> measuringVerbs;

    /** The finder over the lexicon's subject words. */
    public EnglishSubjects(EnglishLexicon lexicon) {
        EnglishLexicon.Subjects w = lexicon.subjects();
        this.linking = Set.copyOf(w.linking());
        this.having = Set.copyOf(w.having());
        this.shareVerbs = Set.copyOf(w.shareVerbs());
        this.changeUnits = Set.copyOf(w.changeUnits());
        this.skipBefore = Set.copyOf(w.skipBefore());
        this.followingPrepositions = Set.copyOf(w.followingPrepositions());
        this.innerPrepositions = Set.copyOf(w.innerPrepositions());
        this.measuringVerbs = Set.copyOf(w.measuringVerbs());
    }

    @Override
    public Optional<String> subject(Mention m, List<Token> tokens, String text) {
        int first = firstIndex(tokens, m.start());
        int last = lastIndex(tokens, m.end());
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        if (m.value().kind() == FigureKind.COUNT) {
            return countSubject(tokens, first, last, text);
        }
        if (m.value().kind() == FigureKind.QUANTITY) {
            // "3.6 million TEU of containers", "500,000 tonnes of soybeans": what the amount is of
            Optional<String> of = ofPhraseAfter(tokens, last, text);
            if (of.isPresent()) {
                return of;
            }
        }
        int i = first - 1;
        if (i >= 0 && (lower(tokens.get(i)).equals("of") || lower(tokens.get(i)).equals("worth"))) {
            return nounPhraseEndingAt(tokens, i - 1, text); // "a total investment of $675 million", "goods worth $9.6 billion"
        }
        // skip qualifiers between the verb and the figure ("reached about", "stood at")
        while (i >= 0 && skipBefore.contains(lower(tokens.get(i)))) {
            i--;
        }
        // "fell 8 percent to 19.4 billion euros": the change before the level is not the subject
        if (i >= 1 && changeUnits.contains(lower(tokens.get(i)))) {
            int j = i;
            while (j >= 0 && (changeUnits.contains(lower(tokens.get(j))) || tokens.get(j).pos().equals("CD"))) {
                j--;
            }
            while (j >= 0 && skipBefore.contains(lower(tokens.get(j)))) {
                j--;
            }
            if (j >= 0 && tokens.get(j).pos().startsWith("VB")) {
                i = j;
            }
        }
        int shareVerb = -1;
        if (i >= 1 && (lower(tokens.get(i)).equals("for") || lower(tokens.get(i)).equals("up"))
                && shareVerbs.contains(lower(tokens.get(i - 1)))) {
            shareVerb = i - 1;
        } else if (i >= 0 && shareVerbs.contains(lower(tokens.get(i)))) {
            shareVerb = i;
        }
        if (shareVerb >= 0 && m.value().kind() == FigureKind.PERCENT) {
            Optional<String> part = ofPhraseAfter(tokens, last, text);
            return nounPhraseEndingAt(tokens, shareVerb - 1, text)
                    .map(w -> w + " share" + part.map(p -> " of " + p).orElse(""));
        }
        if (i >= 0 && m.change() == null && measuringVerbs.contains(lower(tokens.get(i)))
                && tokens.get(i).pos().startsWith("VB")) {
            return Optional.of(tokens.get(i).word());
        }
        if (i >= 0 && (linking.contains(lower(tokens.get(i))) || tokens.get(i).pos().startsWith("VB"))) {
            return nounPhraseEndingAt(tokens, i - 1, text);
        }
        return Optional.empty();
    }

    private Optional<String> countSubject(List<Token> tokens, int first, int last, String text) {
        int nounStart = first;
        while (nounStart <= last && !isNounish(tokens.get(nounStart).pos())) {
            nounStart++;
        }
        int end = last;
        // a following "from the SCO footprint" / "in Chongqing" says which ones
        int p = last + 1;
        if (p < tokens.size() && followingPrepositions.contains(lower(tokens.get(p)))) {
            int q = p + 1;
            while (q < tokens.size() && q - p <= 5 && (isNounish(tokens.get(q).pos()) || tokens.get(q).pos().equals("DT")
                    || tokens.get(q).pos().equals("JJ"))) {
                q++;
            }
            if (q - 1 > p && isNounish(tokens.get(q - 1).pos())) {
                end = q - 1;
            }
        }
        int start = nounStart;
        int v = first - 1;
        if (v >= 0 && tokens.get(v).pos().startsWith("VB") && !linking.contains(lower(tokens.get(v)))
                && !having.contains(lower(tokens.get(v)))) {
            start = v;
        }
        if (start > end || nounStart > last) {
            return Optional.empty();
        }
        if (start == v) {
            // "exported more than 63,000 vehicles" → "exported vehicles": verb + the noun phrase
            return Optional.of(slice(tokens, v, v, text) + " " + slice(tokens, nounStart, end, text));
        }
        return Optional.of(slice(tokens, start, end, text));
    }

    /** Walks left from {@code end} over a noun phrase (with "of", "and", "between" inside it). */
    private Optional<String> nounPhraseEndingAt(List<Token> tokens, int end, String text) {
        while (end >= 0 && (tokens.get(end).pos().equals("RB") || tokens.get(end).pos().equals("MD")
                || tokens.get(end).pos().equals("WDT") || tokens.get(end).pos().equals("WP")
                || tokens.get(end).pos().equals(",")
                || tokens.get(end).pos().startsWith("VB") && !tokens.get(end).pos().equals("VBN"))) {
            end--;
        }
        if (end < 0 || !isNounish(tokens.get(end).pos())) {
            return Optional.empty();
        }
        int start = end;
        while (start - 1 >= 0 && end - start + 1 < MAX_WORDS && (inNounPhrase(tokens.get(start - 1))
                || innerPreposition(tokens, start - 1))) {
            start--;
        }
        while (start <= end && !isNounish(tokens.get(start).pos()) && !tokens.get(start).pos().equals("JJ")
                && !tokens.get(start).pos().equals("VBN")) {
            start++;
        }
        return start > end ? Optional.empty() : Optional.of(slice(tokens, start, end, text));
    }

    /** A preposition between two nouns of one phrase ("trade with ASEAN"), not one that opens the clause. */
    private boolean innerPreposition(List<Token> tokens, int i) {
        return innerPrepositions.contains(lower(tokens.get(i))) && i - 1 >= 0
                && (isNounish(tokens.get(i - 1).pos()) || tokens.get(i - 1).pos().equals("VBN")
                        && i - 2 >= 0 && isNounish(tokens.get(i - 2).pos())); // "a car sold in Europe"
    }

    private Optional<String> ofPhraseAfter(List<Token> tokens, int last, String text) {
        int p = last + 1;
        if (p >= tokens.size() || !lower(tokens.get(p)).equals("of")) {
            return Optional.empty();
        }
        int q = p + 1;
        while (q < tokens.size() && q - p <= 6 && inNounPhrase(tokens.get(q)) && !lower(tokens.get(q)).equals("and")) {
            q++;
        }
        int start = p + 1;
        while (start < q && tokens.get(start).pos().equals("DT")) {
            start++;
        }
        return start < q ? Optional.of(slice(tokens, start, q - 1, text)) : Optional.empty();
    }

    private static boolean inNounPhrase(Token t) {
        String pos = t.pos();
        String w = t.word().toLowerCase(Locale.ROOT);
        return isNounish(pos) || pos.equals("JJ") || pos.equals("JJS") || pos.equals("VBN") || pos.equals("VBG")
                || pos.equals("POS") || pos.equals("DT") && !w.equals("that")
                || w.equals("of") || w.equals("and") || w.equals("between");
    }

    private static boolean isNounish(String pos) {
        return pos.startsWith("NN");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static String slice(List<Token> tokens, int from, int to, String text) {
        String s = text.substring(tokens.get(from).start(), tokens.get(to).end());
        return s.replaceFirst("^(?i)(the|a|an)\\s+", "").strip();
    }

    private static int firstIndex(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > start) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<Token> tokens, int end) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).start() < end) {
                return i;
            }
        }
        return -1;
    }
}
