package org.econfacts.extraction.lang.en;

import org.econfacts.extraction.PeriodRules;
import org.econfacts.extraction.PeriodPhrase;
import org.econfacts.extraction.PhraseTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.econfacts.extraction.Changes;
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
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;

/**
 * Finds English money, percent, count and quantity figures in a CoreNLP-tagged sentence. A figure
 * is a numeral ({@link EnglishNumberParser}) with what settles its kind: a currency before or after
 * it, a percent word, a unit, or a counted noun (found with the POS tags). Numbers inside dates and
 * periods, year-like numbers, ID-like digit runs, numbers glued to letters and numbers after
 * reference words ({@code No.}, {@code Article}) are not figures. Approximation, change and period
 * are added by the shared {@link Qualifiers} stage over the sentence's words. Spans run from the
 * approximation word (if any) through the currency, unit or counted noun ({@link CountedNouns});
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
    private final PhraseTable<CurrencyUnit> scaledBefore;
    private final Measures measures;
    private final PhraseTable<PercentUnit> percentWords;
    private final PhraseTable<String> units;
    private final PhraseTable<BigDecimal> fractions;
    private final Set<String> fractionBlockers;
    private final EnglishGrammarWords.Counting count;
    private final Set<String> referenceWords;
    private final GluedTokens glued;
    private final CountedNouns counted;
    private final Set<String> negativeWords;
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
        this.scaledBefore = measures.scaledBefore();
        this.percentWords = measures.percent();
        this.units = measures.units();
        this.fractions = PhraseTable.ofWords(words.fractions());
        this.fractionBlockers = Set.copyOf(words.fractionBlockers());
        this.count = words.count();
        this.referenceWords = Set.copyOf(count.referenceWords());
        this.glued = new GluedTokens(measures, numbers);
        this.counted = new CountedNouns(words, measures);
        this.negativeWords = Set.copyOf(words.negativeWords());
        this.andWord = words.numbers().andWord();
        this.ofWord = words.numbers().ofWord();
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
        List<Tok> toks = glued.split(Tok.of(sentence));
        List<PeriodPhrase> phrases = periods.find(text, referenceDate);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (insidePeriod(toks.get(i), phrases)) {
                continue;
            }
            Draft d = fraction(toks, i);
            if (d == null) {
                d = figureAt(text, toks, i, drafts);
            }
            if (d != null) {
                drafts.add(d);
                i = d.to() - 1;
            }
        }
        // a dateline is a date, so no figure starts inside it, but it is not the period of any figure
        List<PeriodPhrase> periodsOfFigures = phrases.stream()
                .filter(p -> !PeriodRules.DATELINE.equals(p.rule())).toList();
        List<Qualifiers.Figure> figures = drafts.stream()
                .map(d -> new Qualifiers.Figure(d.from(), d.to(), d.numFrom(), d.value(), Approximation.EXACT)).toList();
        List<Qualifiers.Qualified> qualified = qualifiers.qualify(words(toks), text, figures, periodsOfFigures);
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < drafts.size(); k++) {
            Qualifiers.Qualified q = qualified.get(k);
            out.add(mention(sentence, toks, q, drafts.get(k).value(), drafts.get(k).rule(), q.period(), null));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return List.copyOf(out);
    }

    private static Units words(List<Tok> toks) {
        return Units.words(toks, Tok::lower, Tok::start, Tok::end);
    }

    private static Mention mention(Sentence sentence, List<Tok> toks, Qualifiers.Qualified q, FigureValue value, String rule,
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
        List<Tok> toks = glued.split(Tok.of(sentence));
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


    private static boolean insidePeriod(Tok t, List<PeriodPhrase> phrases) {
        return phrases.stream().anyMatch(p -> t.start() < p.end() && p.start() < t.end());
    }

    /** "a quarter of the local economy", "half of them": a share, as a percentage. */
    private Draft fraction(List<Tok> toks, int i) {
        PhraseTable.Hit<BigDecimal> hit = fractions.wordsAt(toks, i, Tok::lower).orElse(null);
        if (hit == null || hit.end() + 1 >= toks.size() || !toks.get(hit.end()).lower().equals(ofWord)) {
            return null;
        }
        Tok after = toks.get(hit.end() + 1);
        boolean blocked = i > 0 && fractionBlockers.contains(toks.get(i - 1).lower());
        if (blocked || numbers.isIndefinite(after.lower()) || numbers.isNumeralWord(after.lower())
                || "CD".equals(after.pos())) {
            return null;
        }
        return new Draft(new Percent(hit.value(), false), i, hit.end(), i, hit.end(), "percent: fraction of");
    }

    /**
     * "+0.3%", "imports -3.2%": a signed percentage is a change of that size (the sign goes to the
     * change, see {@link Changes}); the token holds the sign and the digits.
     */
    private Draft signedPercent(String text, List<Tok> toks, int i) {
        String w = toks.get(i).word();
        if (w.length() < 2 || SIGNS.indexOf(w.charAt(0)) < 0 || !EnglishNumberParser.DIGITS.matcher(w.substring(1)).matches()) {
            return null;
        }
        int s = toks.get(i).start();
        if (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '/')) {
            return null;
        }
        PhraseTable.Hit<PercentUnit> pct = percentWords.wordsAt(toks, i + 1, Tok::lower).orElse(null);
        Optional<BigDecimal> value = numbers.parse(w.substring(1));
        if (pct == null || value.isEmpty() || pct.value().points()) {
            return null;
        }
        return new Draft(pct.value().of(value.get()), i, pct.end(), i, i + 1,
                "percent: signed number + percent word");
    }

    /** The signs of a signed figure: plus, hyphen-minus, minus sign. */
    static final String SIGNS = "+-\u2212";

    private Draft figureAt(String text, List<Tok> toks, int i, List<Draft> earlier) {
        Draft signed = signedPercent(text, toks, i);
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
            parsed = numbers.parse(text.substring(toks.get(i).start(), toks.get(j - 1).end()));
            if (parsed.isEmpty()) {
                j--;
            }
        }
        if (parsed.isEmpty() || !standsAlone(text, toks, i, j)) {
            return null;
        }
        return classify(text, toks, i, j, parsed.get(), earlier);
    }

    /** Tokens [i, j) that may form one numeral, or null when token i cannot start one. */
    private int[] numeral(List<Tok> toks, int i) {
        Tok first = toks.get(i);
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
            boolean ok = digits ? numbers.isScaleWord(w)
                    : numbers.isNumeralWord(w) && !EnglishNumberParser.DIGITS.matcher(w).matches()
                    || fractionBeforeScale(toks, j, false) // "three quarters billion"
                    || numbers.isIndefinite(w) && numbers.isFractionWord(toks.get(j - 1).lower()) && j + 1 < toks.size()
                            && numbers.isScaleWord(toks.get(j + 1).lower()) // "half a million"
                    || w.equals(andWord) && j + 1 < toks.size() && numbers.isNumeralWord(toks.get(j + 1).lower())
                            && !EnglishNumberParser.DIGITS.matcher(toks.get(j + 1).lower()).matches();
            if (!ok) {
                break;
            }
            j++;
        }
        return new int[] {i, j};
    }

    private static final Pattern TWO_DIGITS = Pattern.compile("[1-9]\\d?");

    /**
     * Cents written after the currency word: "[and] 50 [cents]", "and forty-five cents". Returns
     * {cents, end token} or null; not when the number goes on to something else ("5 dollars 20 percent",
     * "40 dollars 12 times").
     */
    private int[] cents(List<Tok> toks, int k) {
        if (k < toks.size() && toks.get(k).lower().equals(andWord)) {
            k++;
        }
        if (k >= toks.size()) {
            return null;
        }
        int end = k + 1;
        String written = toks.get(k).lower();
        if (!TWO_DIGITS.matcher(written).matches()) {
            if (!numbers.isNumeralWord(written) || numbers.isScaleWord(written) || EnglishNumberParser.DIGITS.matcher(written).matches()) {
                return null;
            }
            if (end < toks.size() && numbers.isNumeralWord(toks.get(end).lower()) && !numbers.isScaleWord(toks.get(end).lower())
                    && !EnglishNumberParser.DIGITS.matcher(toks.get(end).lower()).matches()) {
                written = written + " " + toks.get(end).lower(); // "forty five"
                end++;
            }
        }
        Optional<BigDecimal> n = numbers.parse(written);
        if (n.isEmpty() || n.get().scale() > 0 || n.get().compareTo(BigDecimal.ONE) < 0 || n.get().compareTo(BigDecimal.valueOf(99)) > 0) {
            return null;
        }
        if (end < toks.size() && count.centWords().contains(toks.get(end).lower())) {
            end++;
        } else if (end < toks.size()) {
            Tok next = toks.get(end);
            boolean noun = next.pos() != null && next.pos().startsWith("NN");
            if (noun || numbers.isNumeralWord(next.lower()) || percentWords.wordsAt(toks, end, Tok::lower).isPresent()
                    || units.wordsAt(toks, end, Tok::lower).isPresent() || currencyAfter.wordsAt(toks, end, Tok::lower).isPresent()) {
                return null;
            }
        }
        return new int[] {n.get().intValueExact(), end};
    }

    /** A word fraction right before a scale word: "quarter million"; {@code bare}: one that needs no numerator. */
    private boolean fractionBeforeScale(List<Tok> toks, int k, boolean bare) {
        if (k + 1 >= toks.size() || !(bare ? numbers.isBareDenominator(toks.get(k).lower()) : numbers.isFractionWord(toks.get(k).lower()))) {
            return false;
        }
        int scale = numbers.isIndefinite(toks.get(k + 1).lower()) ? k + 2 : k + 1; // "half a million"
        return scale < toks.size() && numbers.isScaleWord(toks.get(scale).lower());
    }

    /** Rejects numbers glued to letters or digits (IDs, phone parts, model names) and references. */
    private boolean standsAlone(String text, List<Tok> toks, int i, int j) {
        int s = toks.get(i).start();
        int e = toks.get(j - 1).end();
        boolean currencyBeforeIt = i > 0 && currencyBefore.wordsEndingAt(toks, i, Tok::lower).isPresent();
        if (s > 0 && !currencyBeforeIt && !upperEndOfRange(text, toks, i)) {
            char c = text.charAt(s - 1);
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#' || c == '/' || c == '-' && digitAt(text, s - 2)) {
                return false;
            }
        }
        boolean currencyAfterIt = j < toks.size() && toks.get(j).start() == e
                && (currencyAfter.wordsAt(toks, j, Tok::lower).isPresent() || currencyScaled.wordsAt(toks, j, Tok::lower).isPresent());
        if (e < text.length() && !currencyAfterIt) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c) || c == '/' || (c == '-' || c == '.' || c == ':') && digitAt(text, e + 1)) {
                return false;
            }
        }
        String first = toks.get(i).lower();
        if (j == i + 1 && ID_LIKE.matcher(first).matches()) {
            return false;
        }
        return i == 0 || !referenceWords.contains(toks.get(i - 1).lower());
    }

    private static final Pattern RANGE_START = Pattern.compile("\\d{1,3}(?:\\.\\d+)?");

    /** "20-30 percent": the number after a short number and a dash is a range's upper end, not glued. */
    private static boolean upperEndOfRange(String text, List<Tok> toks, int i) {
        if (i < 2 || !(toks.get(i - 1).word().equals("-") || toks.get(i - 1).word().equals("–"))) {
            return false;
        }
        Tok low = toks.get(i - 2);
        return RANGE_START.matcher(low.word()).matches() && toks.get(i - 1).start() == low.end()
                && (low.start() == 0 || !Character.isLetterOrDigit(text.charAt(low.start() - 1)) && text.charAt(low.start() - 1) != '-');
    }

    private static boolean digitAt(String text, int k) {
        return k >= 0 && k < text.length() && Character.isDigit(text.charAt(k));
    }

    private Draft classify(String text, List<Tok> toks, int i, int j, BigDecimal value, List<Draft> earlier) {
        Units units = words(toks);
        Measures.Measured pct = measures.percentAfter(units, j, value).orElse(null);
        if (pct != null) {
            Percent p = (Percent) pct.value();
            if (i > 0 && negativeWords.contains(toks.get(i - 1).lower())) {
                return new Draft(new Percent(p.value().negate(), p.points()), i - 1, pct.end(), i, j,
                        "percent: minus + number + percent word");
            }
            Tok sign = i > 0 ? toks.get(i - 1) : null;
            if (sign != null && !p.points() && sign.word().length() == 1 && SIGNS.indexOf(sign.word().charAt(0)) >= 0
                    && sign.end() == toks.get(i).start() && (i < 2 || toks.get(i - 2).end() < sign.start()
                    || !Character.isLetterOrDigit(text.charAt(sign.start() - 1)))) {
                return new Draft(p, i - 1, pct.end(), i - 1, j, "percent: signed number + percent word");
            }
            return new Draft(p, i, pct.end(), i, j, pct.rule());
        }
        PhraseTable.Hit<String> before = i > 0 ? currencyBefore.endingAt(units, i).orElse(null) : null;
        if (before != null && !earlier.isEmpty() && earlier.get(earlier.size() - 1).to() > before.start()) {
            before = null; // "10 rmb 20 usd": "rmb" belongs to the figure before
        }
        if (before != null) {
            return new Draft(new Money(value, before.value()), before.start(), j, i, j, "money: currency + number");
        }
        PhraseTable.Hit<CurrencyUnit> scaledCode = i > 0 ? scaledBefore.endingAt(units, i).orElse(null) : null;
        if (scaledCode != null) { // "MAUD 60": 60 million Australian dollars
            return new Draft(scaledCode.value().of(value), scaledCode.start(), j, i, j, "money: scaled currency + number");
        }
        if (i > 0 && measures.isAmbiguous(toks.get(i - 1).lower())) {
            // "¥": the currency the sentence's words say (the parts of hyphenated words too), else the default
            Iterable<String> words = () -> toks.stream().flatMap(t -> Arrays.stream(t.lower().split("-"))).iterator();
            String iso = measures.currencyOf(toks.get(i - 1).lower(), words);
            return new Draft(new Money(value, iso), i - 1, j, i, j, "money: ¥ + number");
        }
        Measures.Measured amount = measures.amountAfter(units, j, value).orElse(null);
        if (amount == null) {
            return counted.read(toks, i, j, value, earlier);
        }
        if (amount.kind() == Measures.Kind.CURRENCY) {
            Money money = (Money) amount.value();
            int end = amount.end();
            BigDecimal v = value;
            if (end < toks.size() && j == i + 1 && numbers.isScaleWord(toks.get(end).lower())) {
                Optional<BigDecimal> scale = numbers.parse("1 " + toks.get(end).lower());
                if (scale.isPresent()) {
                    v = value.multiply(scale.get()); // "75 USD million"
                    end++;
                }
            }
            int[] cents = end == amount.end() && Character.isLetter(toks.get(j).word().charAt(0)) ? cents(toks, end) : null;
            if (cents != null) { // "15 dollars 50", "thirteen dollars and forty-five cents"
                v = value.add(BigDecimal.valueOf(cents[0], 2));
                return new Draft(new Money(v, money.currency()), i, cents[1], i, j, "money: number + currency + cents");
            }
            return new Draft(new Money(v, money.currency()), i, end, i, j, amount.rule());
        }
        return new Draft(amount.value(), i, amount.end(), i, j, amount.rule());
    }

}
