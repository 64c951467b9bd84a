package org.econfacts.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Period;
import org.econfacts.normalization.PeriodResolver;

/**
 * The one period engine of every language: the named rules of {@code extraction/<family>/periods.yaml}
 * find period phrases in a text, and each rule's production hands the words its named groups read to
 * the shared {@link PeriodResolver}. The file holds the language's period words (tables of word →
 * number), pattern fragments, the rules, and what makes a match no period of a figure (a comparison
 * base around it, a dateline); {@code docs/architecture.md} describes the format.
 * <p>Named groups are read by name: {@code year} (a numeral year), {@code relyear} (a word of the
 * {@code relyear} table: an offset from the reference year), {@code shortyear} (two digits, "FY24": the year
 * of the article's century, unless more than ten years ahead), {@code month}, {@code day}, {@code half},
 * {@code quarter}, {@code n}, {@code shift}, {@code weekday}, and a second {@code month2}, {@code day2},
 * {@code year2}, {@code shift2}. A group's value is its word's value in the table of its name (without
 * the digit), else the numeral's value; a rule's {@code set} gives values its pattern does not read.
 * <p>Patterns are compiled once and the engine holds no mutable state: thread-safe.
 */
public final class PeriodRules {

    /**
     * Rule name of a wire-service dateline ("BEIJING, March 7 (Xinhua) --"): a date, but the day the
     * story was filed, not the period of its figures.
     */
    public static final String DATELINE = "dateline";

    /** What a rule's match stands for: the resolver call its groups feed. */
    enum Production {
        YEAR, HALF, QUARTER, QUARTER_END, MONTH, DAY, DAYS, MONTHS, FIRST_MONTHS, FIRST_DAYS, FIRST_DAYS_OF_MONTH,
        YEAR_TO_DATE, END_OF_MONTH, END_OF_YEAR, YEARS, NEXT_YEARS, RELATIVE_YEARS, RELATIVE_MONTH, RELATIVE_QUARTER,
        WEEK, WEEKEND, WEEKDAY, ENDING, PAST, DAY_SPAN, FISCAL_MONTHS, TODAY
    }

    /** The file format of {@code periods.yaml}. */
    record Spec(Boolean caseInsensitive, String before, String after, String opener, Map<String, Map<String, Integer>> words,
            Map<String, List<String>> lists, Map<String, String> define, List<RuleSpec> rules, List<String> notAfter,
            List<String> notBefore, String basisBefore, DatelineSpec dateline, RangeSpec range, List<String> parsePrefixes,
            Integer parseMaxLength, PeriodAttachment.Spec attach) {}

    record RuleSpec(String name, String pattern, String period, Map<String, String> set, Boolean whole) {}

    /** A match that starts within {@code within} chars of the text and is followed by {@code tail} is a dateline. */
    record DatelineSpec(int within, String tail) {}

    /** Two periods joined by {@code connector} are one span; after a day, {@code day} may give the last day alone. */
    record RangeSpec(String connector, String day) {}

    private record Rule(String name, Pattern pattern, Production production, Map<String, String> set,
            Set<String> groups, boolean whole, boolean opened) {}

    /** How far before a period phrase {@code basisBefore} looks, in chars. */
    private static final int BASIS_REACH = 120;

    /** A rule pattern that starts with this may also start with the file's {@code opener} ("in", "during"). */
    private static final String OPEN = "{OPEN}";

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final String source;
    private final boolean caseInsensitive;
    private final Map<String, Map<String, Integer>> tables;
    private final List<Rule> rules;
    private final List<String> notAfter;
    private final List<String> notBefore;
    private final Pattern basisBefore; // what the text before a comparison's basis ends with ("the lowest level since")
    private final Pattern datelineTail;
    private final int datelineWithin;
    private final Pattern connector;
    private final Pattern rangeDay;
    private final PhraseSpans masks; // phrases no period may overlap
    private final Pattern parsePrefix;
    private final int parseMaxLength;
    private final NumberParser numbers;
    private final UnaryOperator<String> prepare;
    private final PeriodResolver resolver = new PeriodResolver();
    private final PeriodAttachment attachment;
    /** For each char, the indices of the rules a match may start with it, in file order. */
    private final int[][] startingWith;
    /** The file's {@code before} lookaround alone: checked once at a char before any rule is tried there. */
    private final Pattern opening;
    /** Words that may open the phrase of a rule written with {@code {OPEN}}, and are part of it. */
    private final Pattern opener;
    private final Set<String> openerGroups;

    /**
     * The rules of {@code extraction/<family>/periods.yaml}; fails at start-up with the file's name when
     * a rule, a reference or a production is wrong.
     *
     * @param numbers    reads numeral groups the tables do not hold ({@code three}, {@code 十二})
     * @param prepare    applied to a whole text before {@link #parse} (the language's script folding)
     * @param vocabulary word lists from the lexicon that patterns may name ({@code {numberWords}})
     * @param masks      phrases no period may overlap (comparison bases: "from the same period last year")
     */
    public static PeriodRules load(String family, NumberParser numbers, UnaryOperator<String> prepare,
            Map<String, ? extends Collection<String>> vocabulary, Collection<String> masks) {
        String path = "extraction/" + family + "/periods.yaml";
        try {
            Spec spec = YamlResources.read(path, Spec.class);
            return new PeriodRules(path, spec, numbers, prepare, vocabulary, masks,
                    spec.attach() == null ? List.of() : Comparisons.words(family));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("malformed " + path + ": " + e.getMessage(), e);
        }
    }

    private PeriodRules(String source, Spec spec, NumberParser numbers, UnaryOperator<String> prepare,
            Map<String, ? extends Collection<String>> vocabulary, Collection<String> maskPhrases, List<String> comparison) {
        this.source = source;
        this.numbers = numbers;
        this.prepare = prepare;
        this.caseInsensitive = Boolean.TRUE.equals(spec.caseInsensitive());
        Map<String, Map<String, Integer>> t = new HashMap<>();
        orEmpty(spec.words()).forEach((name, table) -> {
            Map<String, Integer> normal = new HashMap<>();
            table.forEach((word, value) -> normal.put(key(word), value));
            t.put(name, Map.copyOf(normal));
        });
        this.tables = Map.copyOf(t);
        Map<String, Collection<String>> alternatives = new HashMap<>(vocabulary);
        orEmpty(spec.words()).forEach((name, table) -> alternatives.put(name, table.keySet()));
        orEmpty(spec.lists()).forEach(alternatives::put);
        Map<String, String> define = orEmpty(spec.define());
        int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE : 0;
        String before = spec.before() == null ? "" : spec.before();
        String after = spec.after() == null ? "" : spec.after();
        if (spec.rules() == null || spec.rules().isEmpty()) {
            throw new IllegalArgumentException("no rules");
        }
        List<Rule> list = new ArrayList<>();
        for (RuleSpec r : spec.rules()) {
            if (r.name() == null || r.pattern() == null || r.period() == null) {
                throw new IllegalArgumentException("a rule needs name, pattern and period: " + r);
            }
            boolean opened = r.pattern().startsWith(OPEN);
            if (opened && spec.opener() == null) {
                throw new IllegalArgumentException("rule " + r.name() + " opens with " + OPEN + " but the file has no opener");
            }
            String regex = expand(opened ? r.pattern().substring(OPEN.length()) : r.pattern(), define, alternatives, 0);
            Production production = Production.valueOf(r.period().trim().toUpperCase(Locale.ROOT).replace(' ', '_')
                    .replace('-', '_'));
            Set<String> groups = groupNames(regex);
            Map<String, String> set = r.set() == null ? Map.of() : Map.copyOf(r.set());
            list.add(new Rule(r.name(), Pattern.compile(before + regex + after, flags), production, set, groups,
                    Boolean.TRUE.equals(r.whole()), opened));
        }
        this.rules = List.copyOf(list);
        this.startingWith = firstChars(rules);
        this.opening = before.isEmpty() ? null : Pattern.compile(before, flags);
        this.opener = spec.opener() == null ? null : Pattern.compile(expand(spec.opener(), define, alternatives, 0), flags);
        this.openerGroups = opener == null ? Set.of() : groupNames(opener.pattern());
        this.notAfter = List.copyOf(orEmpty(spec.notAfter()));
        this.notBefore = List.copyOf(orEmpty(spec.notBefore()));
        this.basisBefore = spec.basisBefore() == null ? null : Pattern.compile(expand(spec.basisBefore(), define, alternatives, 0), flags);
        this.datelineTail = spec.dateline() == null ? null : Pattern.compile(spec.dateline().tail());
        this.datelineWithin = spec.dateline() == null ? 0 : spec.dateline().within();
        this.connector = spec.range() == null ? null : Pattern.compile(expand(spec.range().connector(), define, alternatives, 0));
        this.rangeDay = spec.range() == null || spec.range().day() == null ? null
                : Pattern.compile(expand(spec.range().day(), define, alternatives, 0), flags);
        this.masks = new PhraseSpans(maskPhrases, true, caseInsensitive);
        this.parsePrefix = spec.parsePrefixes() == null || spec.parsePrefixes().isEmpty() ? null
                : Pattern.compile("^(?:" + PhraseSpans.alternation(spec.parsePrefixes()) + ")", flags);
        this.parseMaxLength = spec.parseMaxLength() == null ? 200 : spec.parseMaxLength();
        this.attachment = new PeriodAttachment(spec.attach(), comparison);
    }

    /** Which of a sentence's period phrases is a figure's (the file's {@code attach:} section). */
    public PeriodAttachment attachment() {
        return attachment;
    }

    /** The words of one of the file's tables ({@code month}), as written there but lower-cased when matching ignores case. */
    public Set<String> words(String table) {
        Map<String, Integer> t = tables.get(table);
        if (t == null) {
            throw new IllegalStateException(source + " has no table " + table);
        }
        return t.keySet();
    }

    /** Every period phrase of {@code text}, non-overlapping, in text order (the longest wins at a start). */
    public List<PeriodPhrase> find(String text, LocalDate ref) {
        return find(text, ref, false);
    }

    private List<PeriodPhrase> find(String text, LocalDate ref, boolean whole) {
        // wire copy wraps lines anywhere ("in\n1988"): match on one-line text of the same length
        String flat = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        List<int[]> masked = masks.in(flat); // comparison bases are no periods of a figure
        List<PeriodPhrase> all = new ArrayList<>();
        Matcher[] matchers = new Matcher[rules.size()];
        Matcher open = opening == null ? null : opening.matcher(flat).useTransparentBounds(true);
        Matcher opens = opener == null ? null : opener.matcher(flat).useTransparentBounds(true);
        for (int at = 0; at < flat.length(); at++) {
            if (open != null && !open.region(at, flat.length()).lookingAt()) {
                continue;
            }
            candidates(flat, at, null, whole, masked, ref, null, matchers, all);
            if (opens != null && opens.region(at, flat.length()).lookingAt() && opens.end() < flat.length()) {
                candidates(flat, at, opens, whole, masked, ref, null, matchers, all);
            }
        }
        // by start, the longest first; on a tie the rule listed first (the sort is stable)
        all.sort(Comparator.comparingInt(PeriodPhrase::start).thenComparing(p -> p.start() - p.end()));
        List<PeriodPhrase> out = new ArrayList<>();
        int until = -1;
        for (PeriodPhrase p : all) {
            if (p.start() < until) {
                continue;
            }
            until = p.end();
            if (!excluded(flat, p)) {
                PeriodPhrase ranged = range(flat, p, ref, matchers);
                out.add(ranged);
                until = ranged.end();
            }
        }
        return out;
    }

    /**
     * The period a whole text names ({@code the first half of last year}, {@code 截至2020年底}), resolved
     * against {@code referenceDate}; empty unless the text is exactly one period phrase.
     */
    public Optional<Period> parse(String text, LocalDate referenceDate) {
        if (text == null || referenceDate == null || text.length() > parseMaxLength) {
            return Optional.empty();
        }
        String t = withoutSpacesAtHan(prepare.apply(text.strip()));
        if (parsePrefix != null) {
            t = parsePrefix.matcher(t).replaceFirst("");
        }
        List<PeriodPhrase> found = find(t, referenceDate, true);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == t.length()) {
            return Optional.of(found.get(0).period());
        }
        return Optional.empty();
    }

    /**
     * The matches of the rules that may start with the char at {@code from}, as phrases from {@code start}
     * ({@code from} itself, or the start of the opener before it for the rules that take one).
     */
    private void candidates(String flat, int start, Matcher opened, boolean whole, List<int[]> masked,
            LocalDate ref, Integer contextYear, Matcher[] matchers, List<PeriodPhrase> all) {
        int from = opened == null ? start : opened.end();
        for (int k : startingWith[flat.charAt(from)]) {
            Rule rule = rules.get(k);
            if (rule.whole() && !whole || opened != null && !rule.opened()) {
                continue;
            }
            Matcher m = matcherAt(matchers, k, flat, from);
            if (m.lookingAt() && m.end() > from && !overlapsAny(start, m.end(), masked)) {
                Period period = resolve(rule, m, opened, ref, contextYear);
                if (period != null) {
                    all.add(new PeriodPhrase(start, m.end(), period, isDateline(flat, start, m.end()) ? DATELINE : rule.name()));
                }
            }
        }
    }

    /** The rule's matcher on {@code text} from {@code at}, seeing the text before it (for the rules' lookbehind). */
    private Matcher matcherAt(Matcher[] matchers, int k, String text, int at) {
        Matcher m = matchers[k];
        if (m == null) {
            m = rules.get(k).pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers[k] = m;
        }
        return m.region(at, text.length());
    }

    /**
     * Which rules a match may start with each char, found by probing each rule with the char alone: a
     * rule that neither matches nor reaches the end of that one-char input starts no match with it.
     * Probed: Latin, general punctuation, CJK symbols and full-width forms, and of the ideographs those
     * the rule's pattern names; a rule that starts with an ideograph it does not name (a range) is probed
     * on all of them, and one that starts with a char of another script (a negated class) is tried at
     * every char.
     */
    private static int[][] firstChars(List<Rule> rules) {
        List<List<Integer>> byChar = new ArrayList<>(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            byChar.add(null);
        }
        int[][] always = {{0, 0x24F}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0xFF00, 0xFFEF}};
        char[] otherScripts = {'\uAC00', '\uE000', '\u0E01', '\u0400', '\u0600'};
        for (int k = 0; k < rules.size(); k++) {
            Pattern p = rules.get(k).pattern();
            String source = p.pattern();
            boolean anywhere = false;
            for (char o : otherScripts) {
                anywhere |= mayStart(p, o);
            }
            java.util.BitSet probe = new java.util.BitSet(Character.MAX_VALUE + 1);
            if (anywhere) {
                probe.set(0, Character.MAX_VALUE + 1);
            }
            for (int[] r : always) {
                probe.set(r[0], r[1] + 1);
            }
            boolean allHan = source.matches("(?s).*[\\u4E00-\\u9FFF]-[\\u4E00-\\u9FFF].*");
            for (int c = 0x4E00; c <= 0x9FFF && !allHan; c += 997) {
                allHan = source.indexOf(c) < 0 && mayStart(p, (char) c);
            }
            if (allHan) {
                probe.set(0x4E00, 0xA000);
            }
            source.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).forEach(probe::set);
            for (int c = probe.nextSetBit(0); c >= 0; c = probe.nextSetBit(c + 1)) {
                if (anywhere || mayStart(p, (char) c)) {
                    if (byChar.get(c) == null) {
                        byChar.set(c, new ArrayList<>());
                    }
                    byChar.get(c).add(k);
                }
            }
        }
        int[] none = new int[0];
        int[][] out = new int[Character.MAX_VALUE + 1][];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            List<Integer> l = byChar.get(c);
            out[c] = l == null ? none : l.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static Set<String> groupNames(String regex) {
        Set<String> groups = new LinkedHashSet<>();
        Matcher g = GROUP.matcher(regex);
        while (g.find()) {
            groups.add(g.group(1));
        }
        return Set.copyOf(groups);
    }

    private static boolean mayStart(Pattern p, char c) {
        Matcher m = p.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }

    private Period resolve(Rule rule, Matcher m, Matcher opened, LocalDate ref, Integer contextYear) {
        try {
            return produce(rule.production(), new Read(rule, m, opened, ref, contextYear));
        } catch (DateTimeException | IllegalArgumentException | NullPointerException | ArithmeticException e) {
            return null; // not a valid date ("February 30", 13月)
        }
    }

    /** Extends {@code p} to a span when a connector and a second period follow ({@code 2015年至2017年}, {@code 6月1日-30日}). */
    private PeriodPhrase range(String s, PeriodPhrase p, LocalDate ref, Matcher[] matchers) {
        if (connector == null) {
            return p;
        }
        Matcher c = connector.matcher(s).region(p.end(), s.length());
        if (!c.lookingAt()) {
            return p;
        }
        Period first = p.period();
        Period second = null;
        int end = -1;
        Matcher d = rangeDay == null ? null : rangeDay.matcher(s).region(c.end(), s.length());
        if (first.start().equals(first.end()) && d != null && d.lookingAt()) {
            try {
                second = Period.day(first.start().withDayOfMonth(number(d.group("day"))));
                end = d.end();
            } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
                return p;
            }
        } else {
            // the second end: the longest phrase at the connector's end, read in the first end's year
            List<PeriodPhrase> seconds = new ArrayList<>();
            if (c.end() < s.length()) {
                int year = first.start().getYear();
                candidates(s, c.end(), null, false, List.of(), ref, year, matchers, seconds);
                Matcher opens = opener == null ? null : opener.matcher(s).useTransparentBounds(true).region(c.end(), s.length());
                if (opens != null && opens.lookingAt() && opens.end() < s.length()) {
                    candidates(s, c.end(), opens, false, List.of(), ref, year, matchers, seconds);
                }
            }
            for (PeriodPhrase candidate : seconds) {
                if (candidate.end() > end) {
                    second = candidate.period();
                    end = candidate.end();
                }
            }
        }
        Period span = second == null ? null : resolver.span(first, second);
        return span == null ? p : new PeriodPhrase(p.start(), end, span, p.rule());
    }

    /**
     * A period right after a comparison word or before an event word is no period of a figure (比去年同期,
     * 2016年成立), nor one the text before it makes a comparison's basis ("the lowest level since 2019").
     */
    private boolean excluded(String s, PeriodPhrase p) {
        String head = s.substring(0, p.start());
        return notAfter.stream().anyMatch(head::endsWith) || notBefore.stream().anyMatch(w -> s.startsWith(w, p.end()))
                || basisBefore != null && basisBefore.matcher(s).useTransparentBounds(true)
                        .region(Math.max(0, p.start() - BASIS_REACH), p.start()).find();
    }

    private boolean isDateline(String text, int start, int end) {
        return datelineTail != null && start < datelineWithin
                && datelineTail.matcher(text).region(end, text.length()).lookingAt();
    }

    private Period produce(Production production, Read r) {
        LocalDate ref = r.ref;
        return switch (production) {
            case YEAR -> resolver.year(r.year() != null ? r.year() : ref.getYear());
            case HALF -> resolver.half(r.year(), r.need("half"), ref);
            case QUARTER -> resolver.quarter(r.year(), r.need("quarter"), ref);
            case QUARTER_END -> { // 三季度末: the statistics of the quarter's last month
                Period q = resolver.quarter(r.year(), r.need("quarter"), ref);
                yield Period.month(q.end().getYear(), q.end().getMonthValue());
            }
            case MONTH -> resolver.month(r.year(), r.need("month"), ref);
            case DAY -> resolver.day(r.year(), r.need("month"), r.need("day"), ref);
            case DAYS -> resolver.days(r.year(), r.need("month"), r.need("day"), r.need("day2"), ref);
            case MONTHS -> resolver.months(r.year(), r.need("month"), r.need("month2"), ref);
            case FIRST_MONTHS -> {
                int n = r.need("n") * r.or("per", 1);
                yield n > 12 ? null : resolver.firstMonths(r.year(), n, ref);
            }
            case FIRST_DAYS -> resolver.firstDays(ref.getYear(), r.need("n") * r.or("per", 1));
            case FIRST_DAYS_OF_MONTH -> {
                int n = r.need("n");
                yield n < 2 ? null : r.has("month") ? resolver.days(r.year(), r.need("month"), 1, n, ref)
                        : resolver.days(ref.getYear(), ref.getMonthValue(), 1, n, ref);
            }
            case YEAR_TO_DATE -> resolver.yearToDate(ref);
            case END_OF_MONTH -> resolver.endOfMonth(r.year(), r.need("month"), ref);
            case END_OF_YEAR -> r.year() == null ? null : resolver.endOfYear(r.year());
            case YEARS -> resolver.years(r.year(), r.need("year2"));
            case NEXT_YEARS -> {
                int n = r.need("n");
                yield n < 2 || n > 10 ? null : resolver.years(ref.getYear(), ref.getYear() + n - 1);
            }
            case RELATIVE_YEARS -> resolver.span(resolver.relativeYear(r.need("shift"), ref),
                    resolver.relativeYear(r.need("shift2"), ref));
            case RELATIVE_MONTH -> resolver.relativeMonth(r.need("shift"), ref);
            case RELATIVE_QUARTER -> resolver.relativeQuarter(r.need("shift"), ref);
            case WEEK -> resolver.week(r.need("shift"), ref);
            case WEEKEND -> resolver.weekend(r.need("shift"), ref);
            case WEEKDAY -> r.has("shift") ? resolver.weekday(r.need("shift"), r.need("weekday"), ref)
                    : resolver.lastWeekday(r.need("weekday"), ref); // "on Tuesday": the last one on or before the article's day
            case ENDING -> resolver.ending(r.has("day") ? resolver.day(r.year(), r.need("month"), r.need("day"), ref)
                    : resolver.endOfMonth(r.year(), r.need("month"), ref), r.or("n", 1), ChronoUnit.valueOf(r.text("unit")));
            case PAST -> resolver.ending(Period.day(ref), r.need("n"), ChronoUnit.valueOf(r.text("unit")));
            case DAY_SPAN -> { // "March 30 to April 2": the first day takes the year of the last
                Period last = resolver.day(r.year(), r.need("month2"), r.need("day2"), ref);
                int year = r.year() != null ? r.year() : last.start().getYear();
                yield resolver.span(resolver.day(year, r.need("month"), r.need("day"), ref), last);
            }
            case FISCAL_MONTHS -> { // "April-March 2020-21": the first month in the first year, the second in the next
                int first = r.year();
                String second = r.text("year2");
                int last = second.length() == 2 ? first / 100 * 100 + r.need("year2") : r.need("year2");
                yield last != first + 1 ? null
                        : resolver.span(Period.month(first, r.need("month")), Period.month(last, r.need("month2")));
            }
            case TODAY -> Period.day(ref);
        };
    }

    /** The values one match of one rule reads. */
    private final class Read {
        final Rule rule;
        final Matcher m;
        final Matcher opened;
        final LocalDate ref;
        final Integer contextYear;

        Read(Rule rule, Matcher m, Matcher opened, LocalDate ref, Integer contextYear) {
            this.rule = rule;
            this.m = m;
            this.opened = opened;
            this.ref = ref;
            this.contextYear = contextYear;
        }

        String text(String name) {
            String v = rule.set().get(name);
            if (v != null) {
                return v;
            }
            String own = rule.groups().contains(name) ? m.group(name) : null;
            return own != null || opened == null || !openerGroups.contains(name) ? own : opened.group(name);
        }

        boolean has(String name) {
            return text(name) != null;
        }

        int need(String name) {
            String raw = text(name);
            if (raw == null) {
                throw new IllegalArgumentException("no " + name);
            }
            Map<String, Integer> table = tables.get(withoutIndex(name));
            Integer v = table == null ? null : table.get(key(raw));
            return v != null ? v : number(raw);
        }

        int or(String name, int otherwise) {
            return has(name) ? need(name) : otherwise;
        }

        /** The year the match names (a numeral or a word of {@code relyear}), else the context's, else null. */
        Integer year() {
            if (has("year")) {
                int y = need("year");
                if (y < 1900 || y > 2100) {
                    throw new IllegalArgumentException("year out of range");
                }
                return y;
            }
            if (has("relyear")) {
                return ref.getYear() + need("relyear");
            }
            if (has("shortyear")) { // "FY24": the year of that number nearest the article's, at most ten years ahead
                int y = ref.getYear() / 100 * 100 + number(text("shortyear"));
                return y > ref.getYear() + 10 ? y - 100 : y;
            }
            return contextYear;
        }
    }

    /** {@code month2} → {@code month}: the second end of a range reads the same table. */
    private static String withoutIndex(String group) {
        int end = group.length();
        while (end > 0 && Character.isDigit(group.charAt(end - 1))) {
            end--;
        }
        return group.substring(0, end);
    }

    private int number(String raw) {
        if (!raw.isEmpty() && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(raw);
        }
        return numbers.parse(raw).orElseThrow(() -> new IllegalArgumentException("not a number: " + raw)).intValueExact();
    }

    private String key(String word) {
        return caseInsensitive ? word.toLowerCase(Locale.ROOT) : word;
    }

    private String expand(String pattern, Map<String, String> define, Map<String, ? extends Collection<String>> words,
            int depth) {
        if (depth > 8) {
            throw new IllegalArgumentException("definitions refer to each other: " + pattern);
        }
        Matcher m = REFERENCE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (define.containsKey(name)) {
                replacement = expand(define.get(name), define, words, depth + 1);
            } else if (words.containsKey(name)) {
                replacement = PhraseSpans.alternation(words.get(name));
            } else {
                throw new IllegalArgumentException("unknown {" + name + "} in " + pattern);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Spaces next to a Han char carry nothing ({@code 2009 年 到 2010 年}). */
    private static String withoutSpacesAtHan(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean hanNext = k + 1 < s.length() && s.charAt(k + 1) >= 0x2E80;
            boolean hanBefore = sb.length() > 0 && sb.charAt(sb.length() - 1) >= 0x2E80;
            if (!Character.isWhitespace(c) || !(hanNext || hanBefore)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }

    private static <T> List<T> orEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }
}
