package org.econfacts.extraction.lang.zh;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.econfacts.extraction.PeriodParser;
import org.econfacts.extraction.ScriptFolder;
import org.econfacts.normalization.Period;
import org.econfacts.normalization.PeriodResolver;

/**
 * Chinese period expressions resolved against the article date: {@code 2020年}, {@code 今年上半年},
 * {@code 去年}, {@code 2020年底}, {@code 1-7月}, {@code 前三季度}, {@code 一季度}, {@code 12月},
 * {@code 今年7月19日}, {@code 全年}. A month or day without a year that would lie after the
 * reference date is taken from the year before. {@link #find} lists them in a folded sentence,
 * skipping comparison bases ({@code 比去年同期}).
 */
public final class ChinesePeriodParser implements PeriodParser {

    /** A period phrase found at {@code [start, end)} of a folded text. */
    public record Found(int start, int end, Period period) {}

    private static final String M = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    private static final String D = "(?:[12][0-9]|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final String TO = "(?:-|—|–|~|至|到)";
    private static final Pattern PREFIX = Pattern.compile("^(?:截至|截止到|截止|到|从|自)");
    private static final Pattern CONNECTOR = Pattern.compile("\\s?(?:-|—|–|~|至|到)\\s?");
    private static final Pattern DAY = Pattern.compile("(?<d>" + D + ")[日号]");
    private static final String NEAR = "(?:本|这个|这|上一个|下一个|上一|下一|上个|下个|上|下)";
    private static final String WEEK = "(?<wrel>上上|下下|本|这|上|下)个?(?:周|星期|礼拜)(?![期年边岁刊转])"
            + "(?:(?<wend>末)|(?<wd>[一二三四五六日天])(?![0-9一二三四五六七八九十百千万亿]))?";

    private final ScriptFolder folder;
    private final ChineseNumberParser numbers;
    private final ChineseLexicon.Periods words;
    private final Pattern pattern;
    private final PeriodResolver resolver = new PeriodResolver();

    public ChinesePeriodParser(ScriptFolder folder, ChineseNumberParser numbers, ChineseLexicon lexicon) {
        this.folder = folder;
        this.numbers = numbers;
        this.words = lexicon.periods();
        String rel = words.relativeYears().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![0-9])"
                + "(?:(?<y>[0-9]{4}|[〇零一二三四五六七八九]{4})年|(?<rel>" + rel + "))?"
                + "(?:(?<half>上半年|下半年)"
                + "|(?<relm>" + NEAR + ")月(?!份?[0-9一二三四五六七八九十])"
                + "|(?<relq>" + NEAR + ")季度"
                + "|" + WEEK
                + "|(?<q3>前三季度)"
                + "|[前首](?<n>" + M + "|两)个月"
                + "|(?:第(?<q>[一二三四1-4])季度?|(?<qq>[一二三四1-4])季度)(?<qend>末|底)?"
                + "|(?<dm>" + M + ")月(?<d1>" + D + ")[日号]" + TO + "(?<d2>" + D + ")[日号]"
                + "|(?<m1>" + M + ")月?" + TO + "(?<m2>" + M + ")月份?"
                + "|(?<m>" + M + ")月份?(?:(?<d>" + D + ")[日号]|(?<mend>底|末))?"
                + "|(?<yend>年底|年末|底|末)"
                + "|(?<whole>全年))?");
    }

    @Override
    public Optional<Period> parse(String text, LocalDate referenceDate) {
        if (text == null || referenceDate == null || text.length() > 40) {
            return Optional.empty();
        }
        String s = PREFIX.matcher(withoutSpaces(folder.fold(text.strip()).text())).replaceFirst("");
        Matcher m = pattern.matcher(s);
        if (m.matches()) {
            return resolve(m, referenceDate);
        }
        if (!m.lookingAt() || m.end() == 0) {
            return Optional.empty();
        }
        Optional<Found> f = withRange(s, m, resolve(m, referenceDate), referenceDate);
        return f.filter(x -> x.start() == 0 && x.end() == s.length()).map(Found::period);
    }

    /** Drops spaces next to a Han char ({@code 2009 年 到 2010 年}); a whole-text parse only. */
    private static String withoutSpaces(String s) {
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

    /**
     * The period matched by {@code a}, extended to a range when a connector and a second period
     * follow ({@code 2015年至2017年}, {@code 3月28日到4月15日}, {@code 6月1日-30日}); the second
     * takes the year, and for a bare day the month, of the first.
     */
    private Optional<Found> withRange(String s, Matcher a, Optional<Period> first, LocalDate ref) {
        int start = a.start();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Found single = new Found(start, a.end(), first.get());
        Matcher c = CONNECTOR.matcher(s).region(a.end(), s.length());
        if (!c.lookingAt()) {
            return Optional.of(single);
        }
        Period p = first.get();
        Period second = null;
        int end = -1;
        Matcher d = DAY.matcher(s).region(c.end(), s.length());
        Matcher b = pattern.matcher(s).region(c.end(), s.length());
        if (p.start().equals(p.end()) && d.lookingAt()) {
            try {
                second = Period.day(p.start().withDayOfMonth(small(d.group("d"))));
                end = d.end();
            } catch (DateTimeException | IllegalArgumentException e) {
                second = null;
            }
        } else if (b.lookingAt() && b.end() > c.end()) {
            second = resolve(b, ref, p.start().getYear()).orElse(null);
            end = b.end();
        }
        if (second == null || resolver.span(p, second) == null) {
            return Optional.of(single);
        }
        return Optional.of(new Found(start, end, resolver.span(p, second)));
    }

    /** Every period phrase in a folded sentence, left to right. */
    public List<Found> find(String folded, LocalDate referenceDate) {
        List<Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(folded);
        int from = 0;
        while (from < folded.length() && m.find(from)) {
            from = m.end() > m.start() ? m.end() : m.start() + 1;
            if (m.end() == m.start() || isBasis(folded, m.start(), m.end())) {
                continue;
            }
            Optional<Found> f = withRange(folded, m, resolve(m, referenceDate), referenceDate);
            if (f.isPresent()) {
                out.add(f.get());
                from = f.get().end();
            }
        }
        return out;
    }

    private boolean isBasis(String s, int start, int end) {
        boolean before = start > 0 && words.basisBefore().contains(s.substring(start - 1, start));
        boolean after = words.basisAfter().stream().anyMatch(w -> s.startsWith(w, end));
        boolean event = words.eventBefore().stream().anyMatch(w -> s.startsWith(w, Math.max(0, start - w.length()))
                && start - w.length() >= 0) || words.eventAfter().stream().anyMatch(w -> s.startsWith(w, end));
        return before || after || event;
    }

    private Optional<Period> resolve(Matcher m, LocalDate ref) {
        return resolve(m, ref, null);
    }

    /** The period of {@code m}; {@code contextYear}, when given, stands for a year it does not name. */
    private Optional<Period> resolve(Matcher m, LocalDate ref, Integer contextYear) {
        try {
            return Optional.ofNullable(period(m, ref, contextYear));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Period period(Matcher m, LocalDate ref, Integer contextYear) {
        Period relative = relative(m, ref);
        if (relative != null) {
            return relative;
        }
        Integer year = year(m, ref);
        year = year == null ? contextYear : year;
        if (m.group("half") != null) {
            return resolver.half(year, m.group("half").startsWith("上") ? 1 : 2, ref);
        }
        if (m.group("q3") != null) {
            return resolver.firstMonths(year, 9, ref);
        }
        if (m.group("n") != null) {
            return resolver.firstMonths(year, small(m.group("n")), ref);
        }
        if (m.group("q") != null || m.group("qq") != null) {
            Period quarter = resolver.quarter(year, small(m.group("q") != null ? m.group("q") : m.group("qq")), ref);
            // 三季度末: the statistics of the quarter's last month (end-of-September figures)
            return m.group("qend") == null ? quarter : Period.month(quarter.end().getYear(), quarter.end().getMonthValue());
        }
        if (m.group("dm") != null) {
            return resolver.days(year, small(m.group("dm")), small(m.group("d1")), small(m.group("d2")), ref);
        }
        if (m.group("m1") != null) {
            return resolver.months(year, small(m.group("m1")), small(m.group("m2")), ref);
        }
        if (m.group("m") != null) {
            int month = small(m.group("m"));
            if (m.group("d") != null) {
                return resolver.day(year, month, small(m.group("d")), ref);
            }
            return m.group("mend") != null ? resolver.endOfMonth(year, month, ref) : resolver.month(year, month, ref);
        }
        if (m.group("yend") != null) {
            return year != null ? resolver.endOfYear(year) : null;
        }
        if (m.group("whole") != null || year != null) {
            return year != null ? resolver.year(year) : resolver.relativeYear(0, ref);
        }
        return null;
    }

    /** 上个月, 本季度, 下周, 上周五, 本周末: counted from the reference date; weeks run Monday to Sunday. */
    private Period relative(Matcher m, LocalDate ref) {
        if (m.group("relm") != null) {
            return resolver.relativeMonth(step(m.group("relm")), ref);
        }
        if (m.group("relq") != null) {
            return resolver.relativeQuarter(step(m.group("relq")), ref);
        }
        if (m.group("wrel") != null) {
            String w = m.group("wrel");
            int weeks = w.equals("上上") ? -2 : w.equals("下下") ? 2 : step(w);
            if (m.group("wd") != null) {
                int day = "一二三四五六".indexOf(m.group("wd")) + 1;
                return resolver.weekday(weeks, day == 0 ? 7 : day, ref);
            }
            return m.group("wend") != null ? resolver.weekend(weeks, ref) : resolver.week(weeks, ref);
        }
        return null;
    }

    private static int step(String word) {
        return word.startsWith("上") ? -1 : word.startsWith("下") ? 1 : 0;
    }

    private Integer year(Matcher m, LocalDate ref) {
        if (m.group("y") != null) {
            int y = numbers.parseFolded(m.group("y").replace('〇', '零')).map(v -> v.intValue()).orElse(-1);
            if (m.group("y").chars().allMatch(c -> c < 128)) {
                y = Integer.parseInt(m.group("y"));
            }
            if (y < 1900 || y > 2100) {
                throw new IllegalArgumentException("year out of range");
            }
            return y;
        }
        if (m.group("rel") != null) {
            return ref.getYear() + words.relativeYears().get(m.group("rel"));
        }
        return null;
    }

    private int small(String s) {
        return numbers.parseFolded(s).map(v -> v.intValueExact()).orElseThrow(IllegalArgumentException::new);
    }
}
