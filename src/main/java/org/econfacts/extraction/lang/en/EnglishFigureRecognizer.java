package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.Token;
import org.econfacts.extraction.PeriodRules;
import org.econfacts.extraction.PeriodPhrase;
import org.econfacts.extraction.PhraseTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.econfacts.extraction.Changes;
import org.econfacts.extraction.FigureReadings;
import org.econfacts.extraction.Reading;
import org.econfacts.extraction.Lexicon;
import org.econfacts.extraction.Measures;
import org.econfacts.normalization.CurrencyUnit;
import org.econfacts.normalization.PercentUnit;
import org.econfacts.extraction.FigureRecognizer;
import org.econfacts.extraction.Qualifiers;
import org.econfacts.extraction.Units;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Period;
import org.econfacts.normalization.FigureValue;
import org.econfacts.extraction.Language;
import org.econfacts.extraction.Mention;
import org.econfacts.extraction.Sentence;
import org.econfacts.normalization.Percent;

/**
 * Finds English money, percent, count and quantity figures in a CoreNLP-tagged sentence. A figure
 * is a numeral ({@link EnglishNumberParser}) with what settles its kind, read by the ordered readings of
 * {@code extraction/en/figures.yaml} ({@link FigureReadings}): a currency before or after it, a percent
 * word, a unit (shared readings), or this grammar's signs, cents and counted nouns (found with the POS
 * tags). Numbers inside dates and
 * periods, year-like numbers, ID-like digit runs, numbers glued to letters and numbers after
 * reference words ({@code No.}, {@code Article}) are not figures. Approximation, change and period
 * are added by the shared {@link Qualifiers} stage over the sentence's words. Spans run from the
 * approximation word (if any) through the currency, unit or counted noun ({@link EnglishReadings});
 * tokens glued by the tokenizer are cut first ({@link GluedTokens}). Stateless after
 * construction, so thread-safe.
 */
public final class EnglishFigureRecognizer implements FigureRecognizer {

    private static final Pattern ID_LIKE = Pattern.compile("\\d{7,}");

    private final EnglishNumberParser numbers;
    private final PeriodRules periods;
    private final Qualifiers qualifiers;
    private final PhraseTable<String> currencyBefore;
    private final PhraseTable<String> currencyAfter;
    private final PhraseTable<CurrencyUnit> currencyScaled;
    private final Measures measures;
    private final FigureReadings<EnglishReadings.Tokens> readings;
    private final PhraseTable<PercentUnit> percentWords;
    private final PhraseTable<BigDecimal> fractions;
    private final Set<String> fractionBlockers;
    private final PhraseTable<Boolean> fractionPoints;
    private final Set<String> referenceWords;
    private final GluedTokens glued;
    private final Set<String> lowerCasePercent;
    private final String andWord;
    private final String ofWord;

    public EnglishFigureRecognizer(EnglishGrammarWords words, Lexicon lexicon, EnglishNumberParser numbers, PeriodRules periods) {
        this.numbers = numbers;
        this.periods = periods;
        this.qualifiers = lexicon.qualifiers(periods.attachment());
        this.measures = lexicon.measureTables();
        this.currencyBefore = measures.before();
        this.currencyAfter = measures.after();
        this.currencyScaled = measures.scaled();
        this.percentWords = measures.percent();
        this.fractions = PhraseTable.ofWords(words.fractions());
        this.fractionBlockers = Set.copyOf(words.fractionBlockers());
        this.fractionPoints = PhraseTable.of(words.fractionPoints(), true);
        this.referenceWords = Set.copyOf(words.count().referenceWords());
        this.lowerCasePercent = Set.copyOf(words.lowerCasePercent());
        this.glued = new GluedTokens(measures, numbers, lowerCasePercent);
        this.andWord = words.numbers().andWord();
        this.ofWord = words.numbers().ofWord();
        this.readings = new FigureReadings<>("en", measures, new EnglishReadings(words, measures, numbers).grammar());
    }

    @Override
    public boolean reads(Language language) {
        return language == Language.EN;
    }

    @Override
    public List<Mention> recognize(Sentence sentence, LocalDate referenceDate) {
        if (sentence == null || sentence.language() != Language.EN || sentence.text().isEmpty()) {
            return List.of();
        }
        String text = sentence.text();
        List<Token> toks = glued.split(sentence.localTokens());
        List<PeriodPhrase> phrases = periods.find(text, referenceDate);
        EnglishReadings.Tokens sentenceTokens = new EnglishReadings.Tokens(text, toks);
        Units units = words(toks);
        List<Reading> drafts = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (insidePeriod(toks.get(i), phrases)) {
                continue;
            }
            Reading d = fraction(toks, i);
            if (d == null) {
                d = figureAt(sentenceTokens, units, i, drafts);
            }
            if (d != null) {
                drafts.add(d);
                i = d.to() - 1;
            }
        }
        // a dateline is a date, so no figure starts inside it, but it is not the period of any figure
        List<PeriodPhrase> periodsOfFigures = phrases.stream()
                .filter(p -> !PeriodRules.DATELINE.equals(p.rule())).toList();
        List<Qualifiers.Figure> figures = drafts.stream().map(Reading::figure).toList();
        List<Qualifiers.Qualified> qualified = qualifiers.qualify(units, text, figures, periodsOfFigures);
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            Qualifiers.Qualified q = qualified.get(k);
            out.add(mention(sentence, toks, q, drafts.get(k).value(), drafts.get(k).rule(), q.period(), null));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(out);
    }

    private static Units words(List<Token> toks) {
        return Units.words(toks, Token::lower, Token::start, Token::end);
    }

    private static Mention mention(Sentence sentence, List<Token> toks, Qualifiers.Qualified q, FigureValue value, String rule,
            Period period, String subject) {
        int start = toks.get(q.from()).start();
        int end = toks.get(q.to() - 1).end();
        return new Mention(value, q.approximation(), q.change(), period, sentence.start() + start, sentence.start() + end,
                sentence.text().substring(start, end), sentence.language(), rule, subject);
    }

    /** Approximation and change of a figure made after recognition (CarryUnits); its period is kept. */
    @Override
    public Mention qualify(Sentence sentence, Mention made) {
        if (sentence.language() != Language.EN || made.approximation() != Approximation.EXACT || made.change() != null) {
            return made;
        }
        List<Token> toks = glued.split(sentence.localTokens());
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
        Qualifiers.Qualified q = qualifiers.qualify(words(toks), sentence.text(),
                List.of(new Qualifiers.Figure(from, to, from, made.value(), Approximation.EXACT)), List.of()).get(0);
        return mention(sentence, toks, q, made.value(), made.rule(), made.period(), made.subject());
    }


    private static boolean insidePeriod(Token t, List<PeriodPhrase> phrases) {
        return phrases.stream().anyMatch(p -> t.start() < p.end() && p.start() < t.end());
    }

    /**
     * "a quarter of the local economy", "half of them": a share, as a percentage; "half a point",
     * "a quarter of a percentage point": that share of a percentage point.
     */
    private Reading fraction(List<Token> toks, int i) {
        PhraseTable.Hit<BigDecimal> hit = fractions.wordsAt(toks, i, Token::lower).orElse(null);
        if (hit == null) {
            return null;
        }
        Reading ofAPoint = fractionOfAPoint(toks, i, hit);
        if (ofAPoint != null) {
            return ofAPoint;
        }
        if (hit.end() + 1 >= toks.size() || !toks.get(hit.end()).lower().equals(ofWord)) {
            return null;
        }
        Token after = toks.get(hit.end() + 1);
        boolean blocked = i > 0 && fractionBlockers.contains(toks.get(i - 1).lower());
        if (blocked || numbers.isIndefinite(after.lower()) || numbers.isNumeralWord(after.lower())
                || "CD".equals(after.pos())) {
            return null;
        }
        return new Reading(new Percent(hit.value(), false), Approximation.EXACT, i, hit.end(), i, "percent: fraction of");
    }

    private Reading fractionOfAPoint(List<Token> toks, int i, PhraseTable.Hit<BigDecimal> hit) {
        int p = hit.end();
        if (p < toks.size() && toks.get(p).lower().equals(ofWord)) {
            p++;
        }
        if (p < toks.size() && numbers.isIndefinite(toks.get(p).lower())) {
            p++;
        }
        return fractionPoints.wordsAt(toks, p, Token::lower)
                .map(point -> new Reading(new Percent(hit.value().movePointLeft(2).stripTrailingZeros(), true),
                        Approximation.EXACT, i, point.end(), i, "percent: fraction of a point"))
                .orElse(null);
    }

    /**
     * "+0.3%", "imports -3.2%": a signed percentage is a change of that size (the sign goes to the
     * change, see {@link Changes}); the token holds the sign and the digits.
     */
    private Reading signedPercent(String text, List<Token> toks, int i) {
        String w = toks.get(i).word();
        if (w.length() < 2 || SIGNS.indexOf(w.charAt(0)) < 0 || !EnglishNumberParser.DIGITS.matcher(w.substring(1)).matches()) {
            return null;
        }
        int s = toks.get(i).start();
        if (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '/')) {
            return null;
        }
        PhraseTable.Hit<PercentUnit> pct = percentWords.wordsAt(toks, i + 1, Token::lower).orElse(null);
        Optional<BigDecimal> value = numbers.parse(w.substring(1));
        if (pct == null || value.isEmpty() || pct.value().points()) {
            return null;
        }
        return new Reading(pct.value().of(value.get()), Approximation.EXACT, i, pct.end(), i,
                "percent: signed number + percent word");
    }

    /** The signs of a signed figure: plus, hyphen-minus, minus sign. */
    static final String SIGNS = "+-\u2212";

    private Reading figureAt(EnglishReadings.Tokens sentence, Units units, int i, List<Reading> earlier) {
        String text = sentence.text();
        List<Token> toks = sentence.list();
        Reading signed = signedPercent(text, toks, i);
        if (signed != null) {
            return signed;
        }
        int[] span = numeral(toks, i);
        if (span == null) {
            return null;
        }
        int j = span[1];
        Optional<BigDecimal> parsed = Optional.empty();
        while (j > i && parsed.isEmpty()) {
            parsed = numbers.parse(written(text, toks, i, j));
            if (parsed.isEmpty()) {
                j--;
            }
        }
        if (parsed.isEmpty() || !standsAlone(text, toks, i, j)) {
            return null;
        }
        return readings.read(new FigureReadings.At<>(sentence, units, i, j, j, parsed.get(), Approximation.EXACT, earlier))
                .orElse(null);
    }

    /**
     * The numeral of tokens {@code [i, j)} as the parser reads it: the text, but with the words of a
     * hyphenated adjective that {@link GluedTokens} cut apart spaced ("eight-billion" of "eight-billion-dlr").
     */
    private static String written(String text, List<Token> toks, int i, int j) {
        StringBuilder out = new StringBuilder(text.substring(toks.get(i).start(), toks.get(i).end()));
        for (int k = i + 1; k < j; k++) {
            boolean cut = toks.get(k).start() == toks.get(k - 1).end() + 1 && text.charAt(toks.get(k - 1).end()) == '-';
            out.append(cut ? " " : text.substring(toks.get(k - 1).end(), toks.get(k).start())).append(toks.get(k).word());
        }
        return out.toString();
    }

    /** Tokens [i, j) that may form one numeral, or null when token i cannot start one. */
    private int[] numeral(List<Token> toks, int i) {
        Token first = toks.get(i);
        boolean digits = EnglishNumberParser.DIGITS.matcher(first.lower()).matches();
        boolean indefinite = numbers.isIndefinite(first.lower()) && i + 1 < toks.size()
                && (numbers.isScaleWord(toks.get(i + 1).lower()) || fractionBeforeScale(toks, i + 1, true));
        boolean fraction = fractionBeforeScale(toks, i, true); // "half million", "quarter million"
        if (!digits && !indefinite && !fraction
                && (!numbers.isNumeralWord(first.lower()) || numbers.isScaleWord(first.lower()))) {
            return null;
        }
        int j = i + 1;
        while (j < toks.size() && j - i < 12) {
            String w = toks.get(j).lower();
            boolean ok = digits ? numbers.isScaleWord(w) && !opensLongerUnit(toks, j) // "850,000 b/d" is no billion
                    : numbers.isNumeralWord(w) && !EnglishNumberParser.DIGITS.matcher(w).matches()
                    || fractionBeforeScale(toks, j, false) // "three quarters billion"
                    || numbers.isIndefinite(w) && afterFraction(toks, j) && j + 1 < toks.size()
                            && numbers.isScaleWord(toks.get(j + 1).lower()) // "half a million", "a quarter of a billion"
                    || w.equals(ofWord) && numbers.isFractionWord(toks.get(j - 1).lower()) && j + 2 < toks.size()
                            && numbers.isIndefinite(toks.get(j + 1).lower()) && numbers.isScaleWord(toks.get(j + 2).lower())
                    || w.equals(andWord) && j + 1 < toks.size() && numbers.isNumeralWord(toks.get(j + 1).lower())
                            && !EnglishNumberParser.DIGITS.matcher(toks.get(j + 1).lower()).matches();
            if (!ok) {
                break;
            }
            j++;
        }
        return new int[] {i, j};
    }

    /** Whether a unit phrase of more than one token starts at token {@code k} ("b / d"). */
    private boolean opensLongerUnit(List<Token> toks, int k) {
        return measures.units().wordsAt(toks, k, Token::lower).filter(hit -> hit.end() > k + 1).isPresent();
    }

    /** A word fraction right before a scale word: "quarter million"; {@code bare}: one that needs no numerator. */
    private boolean fractionBeforeScale(List<Token> toks, int k, boolean bare) {
        if (k + 1 >= toks.size() || !(bare ? numbers.isBareDenominator(toks.get(k).lower()) : numbers.isFractionWord(toks.get(k).lower()))) {
            return false;
        }
        int scale = k + 1;
        if (toks.get(scale).lower().equals(ofWord) && scale + 1 < toks.size() && numbers.isIndefinite(toks.get(scale + 1).lower())) {
            scale++; // "a quarter of a billion"
        }
        if (scale < toks.size() && numbers.isIndefinite(toks.get(scale).lower())) {
            scale++; // "half a million"
        }
        return scale < toks.size() && numbers.isScaleWord(toks.get(scale).lower());
    }

    /** Whether token {@code j} follows a word fraction, directly or over "of": "half a", "a quarter of a". */
    private boolean afterFraction(List<Token> toks, int j) {
        return numbers.isFractionWord(toks.get(j - 1).lower())
                || j >= 2 && toks.get(j - 1).lower().equals(ofWord) && numbers.isFractionWord(toks.get(j - 2).lower());
    }

    /** Rejects numbers glued to letters or digits (IDs, phone parts, model names) and references. */
    private boolean standsAlone(String text, List<Token> toks, int i, int j) {
        int s = toks.get(i).start();
        int e = toks.get(j - 1).end();
        boolean currencyBeforeIt = i > 0 && currencyBefore.wordsEndingAt(toks, i, Token::lower).isPresent();
        if (s > 0 && !currencyBeforeIt && !upperEndOfRange(text, toks, i)) {
            char c = text.charAt(s - 1);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#' || c == '/' || c == '-' && digitAt(text, s - 2)) {
                return false;
            }
        }
        boolean measureAfterIt = j < toks.size() && toks.get(j).start() == e
                && (currencyAfter.wordsAt(toks, j, Token::lower).isPresent() || currencyScaled.wordsAt(toks, j, Token::lower).isPresent()
                        || percentWords.wordsAt(toks, j, Token::lower).isPresent() || lowerCasePercent.contains(toks.get(j).word()));
        // "115USD", "35pct", "35pc"
        if (e < text.length() && !measureAfterIt) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c) || c == '/' || (c == '-' || c == '–' || c == '.' || c == ':') && digitAt(text, e + 1)) {
                return false;
            }
        }
        String first = toks.get(i).lower();
        if (j == i + 1 && ID_LIKE.matcher(first).matches()) {
            return false;
        }
        return i == 0 || !referenceWords.contains(toks.get(i - 1).lower());
    }

    private static final Pattern RANGE_START = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?");

    /** "20-30 percent": the number after a short number and a dash is a range's upper end, not glued. */
    private static boolean upperEndOfRange(String text, List<Token> toks, int i) {
        if (i < 2 || !(toks.get(i - 1).word().equals("-") || toks.get(i - 1).word().equals("–"))) {
            return false;
        }
        Token low = toks.get(i - 2);
        return RANGE_START.matcher(low.word()).matches() && toks.get(i - 1).start() == low.end()
                && (low.start() == 0 || !Character.isLetterOrDigit(text.charAt(low.start() - 1)) && text.charAt(low.start() - 1) != '-');
    }

    private static boolean digitAt(String text, int k) {
        return k >= 0 && k < text.length() && Character.isDigit(text.charAt(k));
    }

}
