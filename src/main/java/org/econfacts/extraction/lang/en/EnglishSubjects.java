package org.econfacts.extraction.lang.en;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.econfacts.extraction.Lexicon;
import org.econfacts.extraction.Measures;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.PhraseTable;
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
    private final Set<String> clauseBreaks;
    private final Set<String> verbParticles;
    private final Set<String> measureNouns;
    private final Set<String> changeNouns;
    private final Set<String> unitWords;
    private final Set<String> timeWords;
    private final Set<String> valueLinks;
    private final Set<String> partLinks;
    private final Set<String> changeLinks;
    private final Set<String> shareParticles;
    private final String shareNoun;
    private final String shareLink;
    private final Set<String> nounPhraseWords;
    private final Set<String> coordinators;
    private final Set<String> clauseDeterminers;
    private final Pattern leadingArticle;
    private final PhraseTable<Boolean> bases;
    private final PhraseTable<Boolean> approximations;
    private final Set<String> currencyNames;

    /** The finder over the lexicon's subject words. */
    public EnglishSubjects(EnglishGrammarWords words, Lexicon lexicon, java.util.Collection<String> monthWords) {
        EnglishGrammarWords.Subjects w = words.subjects();
        this.linking = Set.copyOf(w.linking());
        this.having = Set.copyOf(w.having());
        this.shareVerbs = Set.copyOf(w.shareVerbs());
        this.changeUnits = Measures.percentWords(lexicon.measures());
        this.skipBefore = Set.copyOf(w.skipBefore());
        this.followingPrepositions = Set.copyOf(w.followingPrepositions());
        this.innerPrepositions = Set.copyOf(w.innerPrepositions());
        this.measuringVerbs = Set.copyOf(w.measuringVerbs());
        this.clauseBreaks = Set.copyOf(w.clauseBreaks());
        this.verbParticles = Set.copyOf(w.verbParticles());
        this.measureNouns = Set.copyOf(w.measureNouns());
        Set<String> change = new HashSet<>(lexicon.changes().increaseNouns());
        change.addAll(lexicon.changes().decreaseNouns());
        this.changeNouns = Set.copyOf(change);
        // what a figure's own words are: a subject made of nothing else says nothing ("mln bags", "dlrs")
        Set<String> units = new HashSet<>(Measures.figureWords(lexicon.measures()));
        units.addAll(words.numbers().scales().keySet());
        units.addAll(measureNouns);
        this.unitWords = Set.copyOf(units);
        Set<String> time = new HashSet<>(monthWords);
        time.addAll(words.count().stopNouns());
        time.addAll(w.timeNouns());
        this.timeWords = Set.copyOf(time);
        this.valueLinks = Set.copyOf(w.valueLinks());
        this.partLinks = Set.copyOf(w.partLinks());
        this.changeLinks = Set.copyOf(w.changeLinks());
        this.shareParticles = Set.copyOf(w.shareParticles());
        this.shareNoun = w.shareNoun();
        this.shareLink = w.shareLink();
        this.nounPhraseWords = Set.copyOf(w.nounPhraseWords());
        this.coordinators = Set.copyOf(w.coordinators());
        this.clauseDeterminers = Set.copyOf(w.clauseDeterminers());
        this.bases = PhraseTable.of(lexicon.basisPhrases(), true);
        this.approximations = PhraseTable.of(lexicon.approximations().before().values().stream().flatMap(List::stream).toList(), true);
        Set<String> currencies = new HashSet<>();
        lexicon.measures().currencies().after().values().forEach(l -> l.forEach(c -> currencies.add(c.toLowerCase(Locale.ROOT))));
        this.currencyNames = Set.copyOf(currencies);
        this.leadingArticle = Pattern.compile("^(?i)(?:" + w.articles().stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\s+");
    }

    @Override
    public Optional<String> subject(Mention m, List<Mention> figures, List<Token> tokens, String text) {
        int first = firstIndex(tokens, m.start());
        int last = lastIndex(tokens, m.end());
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        java.util.function.Predicate<String> ok = s -> saysSomething(s) && !isName(s, tokens);
        return patterns(m, figures, tokens, first, last, text).filter(ok)
                .or(() -> parenthesised(tokens, first, text).filter(ok))
                .or(() -> modifiedNoun(tokens, last, text).filter(ok))
                .or(() -> clauseSubject(m, figures, tokens, first, text)
                        .filter(s -> ok.test(s) || m.value().kind() == FigureKind.PERCENT && currencyNames.contains(s.toLowerCase(Locale.ROOT))))
                .or(() -> m.value().kind() == FigureKind.PERCENT // "Just under 40 pct of firms reported losses"
                        ? ofPhraseAfter(tokens, last, text).filter(ok).map(p -> shareNoun + " " + shareLink + " " + p)
                        : Optional.empty());
    }

    /**
     * "The Bundesbank allocated 6.1 billion marks", "Sudan took 19,327 tonnes": a phrase of proper nouns
     * only is who the figure is about (an entity), not what it measures.
     */
    private static boolean isName(String phrase, List<Token> tokens) {
        Set<String> names = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (Token t : tokens) {
            (t.pos() != null && (t.pos().startsWith("NNP") || t.pos().equals("POS")) ? names : others).add(t.word());
        }
        for (String w : phrase.split("\\s+")) {
            if (!names.contains(w) || others.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A subject says something: not only unit, scale, currency and percent words ("mln bags", "dlrs"),
     * not led by a percent word ("pct in the four weeks"), and not headed by a time word ("February",
     * "the same period") — a period is the figure's period, not what it measures.
     */
    private boolean saysSomething(String subject) {
        String[] words = subject.toLowerCase(Locale.ROOT).split("[\\s,.()]+");
        boolean content = false;
        for (String w : words) {
            content |= !w.isEmpty() && !unitWords.contains(w) && !timeWords.contains(w)
                    && !w.chars().allMatch(Character::isDigit);
        }
        String head = words.length == 0 ? "" : words[words.length - 1];
        return content && !timeWords.contains(head) && !(words.length > 0 && changeUnits.contains(words[0]));
    }

    /** "increases in capital goods ($2.9 billion)": the noun phrase the bracketed figure follows. */
    private Optional<String> parenthesised(List<Token> tokens, int first, String text) {
        int i = first - 1;
        if (i < 1 || !tokens.get(i).opensBracket()) {
            return Optional.empty();
        }
        return isNounish(tokens.get(i - 1).pos()) ? nounPhraseEndingAt(tokens, i - 1, text) : Optional.empty();
    }

    /**
     * The figure qualifies the noun right after it: "a 7.4 billion deficit", "a $5 billion investment".
     * A change noun ("a nine pct decline", "1.5 pct contraction") says how, not what, and a unit noun
     * is the figure's own.
     */
    private Optional<String> modifiedNoun(List<Token> tokens, int last, String text) {
        int n = last + 1;
        if (n + 1 < tokens.size() && tokens.get(n).word().matches("(1[89]|20)\\d\\d")) {
            n++; // "a 1.8 pct 1988 rise": the year says when
        }
        if (n >= tokens.size() || !isNounish(tokens.get(n).pos())) {
            return Optional.empty();
        }
        int end = n;
        while (end + 1 < tokens.size() && isNounish(tokens.get(end + 1).pos())) {
            end++;
        }
        String head = lower(tokens.get(end));
        if (changeNouns.contains(head)) {
            return afterChangeNoun(tokens, end, text); // "a 1.8 pct rise in household purchasing power"
        }
        if (unitWords.contains(head) || timeWords.contains(head)) {
            return Optional.empty();
        }
        return Optional.of(slice(tokens, n, end, text));
    }

    /** What a change noun is of: "rise in household purchasing power", "increase of exports". */
    private Optional<String> afterChangeNoun(List<Token> tokens, int noun, String text) {
        return phraseAfter(tokens, noun + 1, changeLinks, text);
    }

    /**
     * The noun phrase the figure's clause is about, walking left from the figure over its verb group
     * ("is expected to expand", "grew 19.2 pct to"), adverbs, approximations and the other figures of
     * the sentence. A clause break ("said", "while", "from", a comma) before any noun means the figure
     * has no subject of its own here: a comparison figure ("up from 3.8 pct") takes its neighbour's
     * (see Describe).
     */
    private Optional<String> clauseSubject(Mention m, List<Mention> figures, List<Token> tokens, int first, String text) {
        boolean next = true; // only skipBefore words so far between token i and the figure
        for (int i = first - 1, skipped = 0; i >= 0 && skipped < 12; i--, skipped++) {
            Token t = tokens.get(i);
            if (insideAnother(t, m, figures)) {
                continue;
            }
            next &= skipBefore.contains(lower(t));
            if (next) {
                continue; // "jumped 12% to a record 1.1 million units": "record" says how high, not what
            }
            int after = i + 1;
            Optional<PhraseTable.Hit<Boolean>> basis = bases.wordsEndingAt(tokens, after, EnglishSubjects::lower)
                    .or(() -> approximations.wordsEndingAt(tokens, after, EnglishSubjects::lower)
                            .filter(h -> h.end() - h.start() > 1));
            if (basis.isPresent()) {
                // "jumped 12% from a year earlier to": the basis of the change before; "more than doubled to":
                // an approximation of the verb
                i = basis.get().start();
                continue;
            }
            int aside = Token.asideOpening(tokens, i);
            if (aside > 0) {
                i = aside; // "Exports (in dollar terms) grew 7.1 percent": read on before the aside
                continue;
            }
            String w = lower(t);
            String pos = t.pos() == null ? "" : t.pos();
            boolean afterVerb = i >= 1 && tokens.get(i - 1).pos() != null && tokens.get(i - 1).pos().startsWith("VB");
            if (clauseBreaks.contains(w) && !(afterVerb && verbParticles.contains(w)) || pos.equals(",") || pos.equals(":")
                    || pos.equals("-LRB-") || pos.equals("WDT") || pos.equals("CC")) {
                return Optional.empty();
            }
            if (isNounish(pos) && timeWords.contains(w)) {
                continue; // "rose in February to", "in the four weeks ended March 20 to"
            }
            if (isNounish(pos) && !changeUnits.contains(w)) {
                int adverbial = i + 1 < first && valueLinks.contains(lower(tokens.get(i + 1))) ? adverbialPhraseStart(tokens, i) : -1;
                if (adverbial >= 0) {
                    i = adverbial; // "starts jumped to an annual rate of 1.42 million units": read on before the verb
                    continue;
                }
                return nounPhraseEndingAt(tokens, i, text);
            }
            if (!(pos.startsWith("VB") || pos.equals("MD") || pos.startsWith("RB") || pos.equals("TO")
                    || pos.equals("RP") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("IN")
                    || pos.equals("CD") || changeUnits.contains(w))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean insideAnother(Token t, Mention m, List<Mention> figures) {
        for (Mention o : figures) {
            if (o != m && t.start() < o.end() && o.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> patterns(Mention m, List<Mention> figures, List<Token> tokens, int first, int last, String text) {
        if (m.value().kind() == FigureKind.COUNT) {
            // "1.14 mln bags of coffee", "exported 1.14 mln bags": a measure noun is not what is counted
            boolean measure = m.value().unit() != null && measureNouns.contains(m.value().unit().toLowerCase(Locale.ROOT));
            return measure ? ofPhraseAfter(tokens, last, text) : countSubject(tokens, first, last, text);
        }
        if (m.value().kind() == FigureKind.QUANTITY || m.value().kind() == FigureKind.MONEY) {
            // "3.6 million TEU of containers", "500,000 tonnes of soybeans", "6.6 billion dlrs of bids": what the amount is of
            Optional<String> of = ofPhraseAfter(tokens, last, text);
            if (of.isPresent()) {
                return of;
            }
        }
        int i = first - 1;
        if (i >= 0 && valueLinks.contains(lower(tokens.get(i)))) {
            // "a total investment of $675 million", "goods worth $9.6 billion"; but "recorded a year-on-year
            // increase of 1.7%" is about what recorded it
            int head = i - 1;
            // "the current account posted a deficit of 310 mln": a bare noun after the clause's verb is
            // what its subject posted
            if (head >= 2 && isNounish(tokens.get(head).pos()) && tokens.get(head - 1).pos().equals("DT")
                    && tokens.get(head - 2).pos().startsWith("VB") && !changeNouns.contains(lower(tokens.get(head)))) {
                Optional<String> owner = clauseSubject(m, figures, tokens, head - 1, text)
                        .filter(o -> saysSomething(o) && !isName(o, tokens));
                if (owner.isPresent()) {
                    return Optional.of(owner.get() + " " + tokens.get(head).word());
                }
            }
            if (head >= 0 && changeNouns.contains(lower(tokens.get(head)))) {
                int start = head;
                while (start - 1 >= 0 && inNounPhrase(tokens.get(start - 1)) && !isNounish(tokens.get(start - 1).pos())) {
                    start--;
                }
                return clauseSubject(m, figures, tokens, start, text);
            }
            int adverbial = adverbialPhraseStart(tokens, head);
            if (adverbial >= 0) {
                // "the economy grew at an annual rate of 2.8 percent": the rate says how the clause's subject moved
                return clauseSubject(m, figures, tokens, adverbial, text).filter(o -> saysSomething(o) && !isName(o, tokens));
            }
            return nounPhraseEndingAt(tokens, head, text);
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
        if (i >= 1 && shareParticles.contains(lower(tokens.get(i)))
                && shareVerbs.contains(lower(tokens.get(i - 1)))) {
            shareVerb = i - 1;
        } else if (i >= 0 && shareVerbs.contains(lower(tokens.get(i)))) {
            shareVerb = i;
        }
        if (shareVerb >= 0 && m.value().kind() == FigureKind.PERCENT) {
            Optional<String> part = ofPhraseAfter(tokens, last, text);
            return nounPhraseEndingAt(tokens, shareVerb - 1, text)
                    .map(w -> w + " " + shareNoun + part.map(p -> " " + shareLink + " " + p).orElse(""));
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

    /**
     * Where the noun phrase ending at {@code head} opens as the object of a preposition right after a verb
     * ("grew at an annual rate", "jumped to a seasonally adjusted rate"): the index of that preposition, or -1.
     */
    private int adverbialPhraseStart(List<Token> tokens, int head) {
        if (head < 0 || !isNounish(tokens.get(head).pos())) {
            return -1;
        }
        int start = head;
        while (start - 1 >= 0 && head - start < 5 && !isNounish(tokens.get(start - 1).pos())
                && (inNounPhrase(tokens.get(start - 1)) || "RB".equals(tokens.get(start - 1).pos()))) { // "seasonally adjusted"
            start--;
        }
        int p = start - 1;
        if (p < 1 || !("IN".equals(tokens.get(p).pos()) || "TO".equals(tokens.get(p).pos()))) {
            return -1;
        }
        int v = p - 1;
        while (v > 0 && ("CD".equals(tokens.get(v).pos()) || changeUnits.contains(lower(tokens.get(v))))) {
            v--; // "fell 4.2% to a seasonally adjusted annual rate of": the change between verb and rate
        }
        String verb = tokens.get(v).pos();
        return verb != null && verb.startsWith("VB") ? p : -1;
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
            // "sold 3.4 million smartphones in the third quarter": a time phrase says when, not which ones
            if (q - 1 > p && isNounish(tokens.get(q - 1).pos()) && !timeWords.contains(lower(tokens.get(q - 1)))) {
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
        int aside = Token.asideOpening(tokens, end);
        if (aside > 0) {
            end = aside - 1; // "investment (excluding rural households) rose": the phrase before the aside
        }
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
                || innerPreposition(tokens, start - 1)) && !joinAfterFigure(tokens, start - 1)
                && !(tokens.get(start).pos().equals("DT") && isNounish(tokens.get(start - 1).pos()))) { // "In FY24 the bank"
            start--;
        }
        while (start <= end && !isNounish(tokens.get(start).pos()) && !tokens.get(start).pos().equals("JJ")
                && !tokens.get(start).pos().equals("VBN")) {
            start++;
        }
        return start > end ? Optional.empty() : Optional.of(slice(tokens, start, end, text));
    }

    /**
     * A coordinator right after a figure and its unit ("to 2.1 billion dollars and imports 3 percent"):
     * it opens a new clause's subject, so a noun phrase does not reach back across it.
     */
    private boolean joinAfterFigure(List<Token> tokens, int i) {
        if (!coordinators.contains(lower(tokens.get(i)))) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            if ("CD".equals(tokens.get(k).pos())) {
                return true;
            }
        }
        return false;
    }

    /** A preposition between two nouns of one phrase ("trade with ASEAN"), not one that opens the clause. */
    private boolean innerPreposition(List<Token> tokens, int i) {
        return innerPrepositions.contains(lower(tokens.get(i))) && i - 1 >= 0
                && (isNounish(tokens.get(i - 1).pos()) || tokens.get(i - 1).pos().equals("VBN")
                        && i - 2 >= 0 && isNounish(tokens.get(i - 2).pos())); // "a car sold in Europe"
    }

    private Optional<String> ofPhraseAfter(List<Token> tokens, int last, String text) {
        return phraseAfter(tokens, last + 1, partLinks, text);
    }

    /** The short noun phrase after the preposition at {@code p}, when it is one of {@code prepositions}. */
    private Optional<String> phraseAfter(List<Token> tokens, int p, Set<String> prepositions, String text) {
        if (p >= tokens.size() || !prepositions.contains(lower(tokens.get(p)))) {
            return Optional.empty();
        }
        int q = p + 1;
        while (q < tokens.size() && q - p <= 6 && inNounPhrase(tokens.get(q)) && !coordinators.contains(lower(tokens.get(q)))) {
            q++;
        }
        int start = p + 1;
        while (start < q && tokens.get(start).pos().equals("DT")) {
            start++;
        }
        return start < q ? Optional.of(slice(tokens, start, q - 1, text)) : Optional.empty();
    }

    private boolean inNounPhrase(Token t) {
        String pos = t.pos();
        String w = t.word().toLowerCase(Locale.ROOT);
        return isNounish(pos) || pos.equals("JJ") || pos.equals("JJS") || pos.equals("VBN") || pos.equals("VBG")
                || pos.equals("CD") && !w.chars().anyMatch(Character::isDigit) // "the seven main cities"
                || pos.equals("POS") || pos.equals("DT") && !clauseDeterminers.contains(w)
                || nounPhraseWords.contains(w);
    }

    private static boolean isNounish(String pos) {
        return pos.startsWith("NN");
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private String slice(List<Token> tokens, int from, int to, String text) {
        String s = text.substring(tokens.get(from).start(), tokens.get(to).end());
        return leadingArticle.matcher(s).replaceFirst("").strip();
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
