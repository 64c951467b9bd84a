package org.econfacts.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Count;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Money;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.Period;
import org.econfacts.normalization.Quantity;

/**
 * Elliptical figures: a number that borrows its unit from a figure next to it ("rose to 419 mln
 * dlrs from 679 mln", "from 5.92 to 5.99 pct", "China 87,259 wheat, Algeria 64,896 wheat"). Runs
 * on one sentence's mentions after the recogniser, over the sentence's tokens, with the connector
 * words of {@code extraction/<lang>/carry-units.yaml}; the borrowed figure keeps its own span (just
 * the number as written), takes the period written after it if any, and its rule says what it
 * borrowed from. Stateless after construction.
 */
public final class CarryUnits {

    record Words(List<String> before, List<String> after, List<String> ownUnit, List<String> levelAfterChange, int reach,
            int periodTokens, List<String> periodLinks, People people) {}

    /** "Total employment dropped 7,800": a bare number in a clause about people counts them. */
    record People(String unit, List<String> nouns, List<String> clauseWords) {}

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    /** A range written as one token ("20-30", "4.5–6"): its two ends. The recognisers split it too. */
    public static final Pattern RANGE_TOKEN = Pattern.compile("(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)[-–](\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)");
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Map<Language, Words> words = new EnumMap<>(Language.class);

    private final Ranges ranges;

    /** Over the range words of a fresh {@link Ranges}. */
    public CarryUnits() {
        this(new Ranges());
    }

    /** @param ranges what makes two numbers the ends of a range, so which bare number is a lower end */
    public CarryUnits(Ranges ranges) {
        this.ranges = ranges;
        for (Language language : Language.values()) {
            words.put(language, YamlResources.readComplete("extraction/" + language.family() + "/carry-units.yaml", Words.class));
        }
    }

    /**
     * @param mentions what the recogniser found in {@code sentence}, in text order
     * @param earlier the figures of the paragraph before this sentence, in text order
     */
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, List<Mention> earlier, LanguageRules rules,
            LocalDate referenceDate, String document) {
        Words w = words.get(sentence.language());
        List<Token> toks = sentence.tokens();
        if (w.reach() == 0 || toks.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            Mention low = lowerEndInToken(sentence, t, out, rules, document);
            if (low != null) {
                out.add(rules.figures().qualify(sentence, low));
                out.sort(Comparator.comparingInt(Mention::start));
                continue;
            }
            if (!DIGITS.matcher(t.word()).matches() || covered(t, out) || glued(document, t)) {
                continue;
            }
            Optional<BigDecimal> bare = rules.numbers().parse(t.word());
            if (bare.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> scaled = Optional.empty();
            if (i + 1 < toks.size() && !covered(toks.get(i + 1), out) && Character.isLetter(toks.get(i + 1).word().charAt(0))) {
                scaled = rules.numbers().parse(t.word() + " " + toks.get(i + 1).word())
                        .filter(v -> v.compareTo(bare.get()) != 0);
            }
            // "Visitor arrivals were about 4.5 million": a scaled number in a clause about people counts them
            Mention made = scaled.isPresent() && aboutPeople(sentence, t, w.people())
                    ? headCount(sentence, t, toks.get(i + 1), scaled.get(), w.people())
                    : scaled.isPresent() ? scaledNumber(sentence, toks, i, i + 2, scaled.get(), out, earlier, document)
                    : bareNumber(sentence, toks, i, bare.get(), out, w, document);
            if (made == null) {
                continue;
            }
            int end = scaled.isPresent() ? i + 2 : i + 1;
            Period own = periodAfter(toks, end, w, rules, referenceDate, document);
            made = rules.figures().qualify(sentence, made.withPeriod(own != null ? own : made.period() != null ? made.period()
                    : possessiveBefore(toks, i, w, rules, referenceDate, document)));
            out.add(made);
            out.sort(Comparator.comparingInt(Mention::start));
            i = end - 1;
        }
        return List.copyOf(out);
    }

    /** "20-30 percent" tokenized as "20-30": the lower end, when the recogniser found the upper end in the token. */
    private Mention lowerEndInToken(Sentence s, Token t, List<Mention> here, LanguageRules rules, String document) {
        Matcher r = RANGE_TOKEN.matcher(t.word());
        if (!r.matches()) {
            return null;
        }
        int lowEnd = t.start() + r.end(1);
        int highStart = t.start() + r.start(2);
        for (Mention m : here) {
            // a count's lower end too: joined by the dash in one token it can count nothing else ("20-30 firms")
            if (m.start() == highStart && (borrowable(m, true) || m.value() instanceof Count)) {
                Optional<BigDecimal> v = rules.numbers().parse(r.group(1));
                if (v.isPresent() && belowInToken(v.get(), m) && here.stream().noneMatch(o -> o.start() < lowEnd && t.start() < o.end())) {
                    return borrow(s, t.start(), lowEnd, v.get().multiply(scale(m)), m, document, "carry: unit of the figure after")
                            .withPeriod(m.period()); // the two ends of a range measure one period
                }
            }
        }
        return null;
    }

    /** "from 679 mln": the last money or quantity figure with a scale, in the sentence or the paragraph. */
    private Mention scaledNumber(Sentence s, List<Token> toks, int i, int j, BigDecimal value, List<Mention> here,
            List<Mention> earlier, String document) {
        Mention ante = null;
        for (Mention m : here) {
            if (m.end() <= toks.get(i).start() && scaled(m) && borrowable(m, false)) {
                ante = m;
            }
        }
        for (int k = earlier.size() - 1; ante == null && k >= 0; k--) {
            Mention m = earlier.get(k);
            if (scaled(m) && borrowable(m, false)) {
                ante = m;
            }
        }
        return ante == null ? null : borrow(s, toks.get(i).start(), toks.get(j - 1).end(), value, ante, document,
                "carry: unit of the figure before, own scale");
    }

    /**
     * "from 5.92", "14.7 in 1986", "5.92 to 5.99 pct", "Algeria 64,896 wheat": only within the sentence,
     * only a number with decimals or thousands separators, and only next to a connector or in a list.
     */
    private Mention bareNumber(Sentence s, List<Token> toks, int i, BigDecimal value, List<Mention> here, Words w,
            String document) {
        Token t = toks.get(i);
        boolean separated = t.word().contains(",");
        String previous = i > 0 ? toks.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < toks.size() ? toks.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        boolean rangeStart = ranges.opensRange(s.language(), previous, next);
        boolean whole = !separated && !t.word().contains(".");
        if (whole && !rangeStart) {
            return null; // a whole number without separators is a year, a day, a count or a label as often
        }
        if (w.ownUnit().contains(next)) {
            return null; // "fell 1.2 percent to 151.3 per dollar": a rate with a unit of its own
        }
        if (!whole && w.levelAfterChange().contains(previous)) {
            Mention moved = lastChangeBefore(t, here, w);
            if (moved != null) { // "fell 120.5 points, or 0.4 percent, to 33,912": the level the change reached
                return borrow(s, t.start(), t.end(), scaleLike(value, t.word(), moved), moved, document,
                        "carry: unit of the change before");
            }
        }
        Mention before = null;
        for (Mention m : here) {
            if (m.end() <= t.start() && t.start() - m.end() <= w.reach() && sameShape(m, t.word()) && borrowable(m, true)) {
                before = m;
            }
        }
        if (before != null && (w.before().contains(previous) || separated) && (separated || t.word().contains("."))) {
            return borrow(s, t.start(), t.end(), scaleLike(value, t.word(), before), before, document,
                    "carry: unit of the figure before");
        }
        if ((w.after().contains(next) || rangeStart) && i + 2 < toks.size()) {
            int after = toks.get(i + 2).start();
            for (Mention m : here) {
                if (m.start() == after && (whole ? rangeStart && lowerEnd(value, m) : sameShape(m, t.word()) || rangeStart && lowerEnd(value, m)) && borrowable(m, true)) {
                    Mention lower = borrow(s, t.start(), t.end(), scaleLike(value, t.word(), m), m, document,
                            "carry: unit of the figure after");
                    return rangeStart ? lower.withPeriod(m.period()) : lower;
                }
            }
        }
        if (separated && !t.word().contains(".") && aboutPeople(s, t, w.people())) {
            return headCount(s, t, t, value, w.people());
        }
        return null;
    }

    /** The last money or quantity change before token {@code t} within reach: a level after it is in its unit. */
    private static Mention lastChangeBefore(Token t, List<Mention> here, Words w) {
        Mention found = null;
        for (Mention m : here) {
            if (m.end() <= t.start() && t.start() - m.end() <= w.reach() && m.change() != null && borrowable(m, false)) {
                found = m;
            }
        }
        return found;
    }

    /** The head count written from token {@code first} to {@code last}: "7,800", "4.5 million". */
    private static Mention headCount(Sentence s, Token first, Token last, BigDecimal value, People people) {
        return new Mention(new Count(value, people.unit()), Approximation.EXACT, null, null, first.start(), last.end(),
                s.text().substring(first.start() - s.start(), last.end() - s.start()), s.language(),
                "carry: head count of the people its clause names", null);
    }

    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[;:]|,\\s");

    /**
     * Whether the clause before the number names people: "employment", "the labour force", "the number
     * of unemployed people" (a whole word of {@code people.nouns} after the clause's last break: a
     * semicolon, colon or comma, or one of {@code people.clauseWords}).
     */
    private static boolean aboutPeople(Sentence s, Token t, People people) {
        String before = s.text().substring(0, t.start() - s.start()).toLowerCase(Locale.ROOT);
        Matcher b = CLAUSE_PUNCTUATION.matcher(before);
        int from = 0;
        while (b.find()) {
            from = b.end();
        }
        String clause = " " + before.substring(from).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (String w : people.clauseWords()) {
            int at = clause.lastIndexOf(" " + w + " ");
            if (at >= 0) {
                clause = clause.substring(at + w.length() + 1);
            }
        }
        String words = clause;
        return people.nouns().stream().anyMatch(n -> words.contains(" " + n + " "));
    }

    private static boolean borrowable(Mention m, boolean percentToo) {
        return m.value() instanceof Money || m.value() instanceof Quantity
                || percentToo && m.value() instanceof Percent p && !p.points();
    }

    /** A bare "3.9" after "4.2 mln tonnes" is 3.9 mln; "5,500" after "23,457 tonnes" is as written. */
    private static BigDecimal scaleLike(BigDecimal value, String written, Mention ante) {
        return written.contains(",") ? value : value.multiply(scale(ante));
    }

    private static Mention borrow(Sentence s, int start, int end, BigDecimal value, Mention ante, String document,
            String rule) {
        return new Mention(ante.value().withValue(value), Approximation.EXACT, null, null, start, end, document.substring(start, end),
                s.language(), rule, null);
    }

    /**
     * Whether a figure is written with a scale word, as the number that borrows from it is: "4.2 mln
     * tonnes", or in words, "one billion franc" (no digit to compare with, so its size says it).
     */
    private static boolean scaled(Mention m) {
        return scale(m).compareTo(THOUSAND) >= 0
                || m.text().chars().noneMatch(Character::isDigit) && m.value().value().abs().compareTo(THOUSAND) >= 0;
    }

    /** How many base units one written unit of the figure is: 1 000 000 for "4.2 mln tonnes". */
    private static BigDecimal scale(Mention m) {
        Matcher d = FIRST_NUMBER.matcher(m.text());
        if (!d.find()) {
            return BigDecimal.ONE;
        }
        BigDecimal written = new BigDecimal(d.group().replace(",", ""));
        if (written.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal ratio = m.value().value().divide(written, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return ratio.compareTo(BigDecimal.ONE) > 0 && ratio.scale() <= 0 && ratio.unscaledValue().toString().matches("10*")
                ? ratio : BigDecimal.ONE;
    }

    /**
     * "4 to 6 per cent": the upper end is written as a whole number too, and is larger ("rose in 2021 to
     * 5 pct" is no range).
     */
    private static boolean lowerEnd(BigDecimal value, Mention m) {
        Matcher d = FIRST_NUMBER.matcher(m.text());
        return d.find() && d.start() == 0 && d.group().matches("\\d{1,3}") && value.compareTo(new BigDecimal(d.group())) < 0;
    }

    /**
     * "10,000-12,000", "2.5-3.5": within one token the dash already says range, so the ends may be
     * written with separators or decimals; the lower end must still be the smaller.
     */
    private static boolean belowInToken(BigDecimal value, Mention m) {
        Matcher d = FIRST_NUMBER.matcher(m.text());
        return d.find() && d.start() == 0 && value.compareTo(new BigDecimal(d.group().replace(",", ""))) < 0;
    }

    /** Written the same way: both with thousands separators, or both with decimals, or both whole. */
    private static boolean sameShape(Mention m, String written) {
        Matcher d = FIRST_NUMBER.matcher(m.text());
        if (!d.find()) {
            return false;
        }
        String a = d.group();
        return a.contains(",") == written.contains(",") && (a.contains(",") || a.contains(".") == written.contains("."));
    }

    private Period periodAfter(List<Token> toks, int from, Words w, LanguageRules rules, LocalDate ref, String document) {
        if (from < toks.size() && w.periodLinks().contains(toks.get(from).word().toLowerCase(Locale.ROOT))) {
            from++; // "the 628 mln of February 1986"
        }
        // the noun the number measures may stand first: "a 7.4 billion deficit in 1987"
        for (int skip = 0; skip <= 1 && from + skip < toks.size(); skip++) {
            if (skip > 0 && !isPlainWord(toks.get(from + skip - 1).word(), w)) {
                break;
            }
            Period p = periodAt(toks, from + skip, w, rules, ref, document);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static boolean isPlainWord(String word, Words w) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.chars().allMatch(Character::isLowerCase) && !w.before().contains(lower) && !w.after().contains(lower);
    }

    private Period periodAt(List<Token> toks, int from, Words w, LanguageRules rules, LocalDate ref, String document) {
        for (int n = w.periodTokens(); n >= 1; n--) {
            if (from + n > toks.size()) {
                continue;
            }
            String phrase = document.substring(toks.get(from).start(), toks.get(from + n - 1).end()).replaceAll("\\s+", " ");
            Optional<Period> p = rules.periods().parse(phrase, ref);
            if (p.isPresent()) {
                return p.get();
            }
        }
        return null;
    }

    /** "from June's 250 mln", "last year's 2.9": a period in the possessive right before the number. */
    private Period possessiveBefore(List<Token> toks, int i, Words w, LanguageRules rules, LocalDate ref, String document) {
        if (i < 2 || !POSSESSIVE.contains(toks.get(i - 1).word())) {
            return null;
        }
        for (int n = Math.min(w.periodTokens(), i - 1); n >= 1; n--) {
            String phrase = document.substring(toks.get(i - 1 - n).start(), toks.get(i - 2).end()).replaceAll("\\s+", " ");
            Optional<Period> p = rules.periods().parse(phrase, ref);
            if (p.isPresent()) {
                return p.get();
            }
        }
        return null;
    }

    private static final List<String> POSSESSIVE = List.of("'s", "’s");

    private static boolean covered(Token t, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> t.start() < m.end() && m.start() < t.end());
    }

    /** "A320", "No.5", "+3.2": a number glued to something else is not elliptical. */
    private static boolean glued(String document, Token t) {
        char before = t.start() > 0 ? document.charAt(t.start() - 1) : ' ';
        char after = t.end() < document.length() ? document.charAt(t.end()) : ' ';
        return Character.isLetterOrDigit(before) || "$#/+-.".indexOf(before) >= 0
                || Character.isLetterOrDigit(after) || after == '%' || after == '/';
    }
}
