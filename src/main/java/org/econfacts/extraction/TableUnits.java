package org.econfacts.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.econfacts.normalization.Approximation;
import org.econfacts.normalization.Change;
import org.econfacts.normalization.FigureValue;
import org.econfacts.normalization.Percent;
import org.econfacts.normalization.Period;

/**
 * Tables and statistical bulletins: a line that states a unit once ("单位：亿元", "(in millions of
 * dollars)") for the rows below it, which hold bare numbers. Each bare number of a row becomes a figure
 * of that unit, with the row's label as its subject and, when a header line names a period per column
 * ("2020  2021"), that column's period; a column whose header says it holds rates ("%", "增长", "change")
 * holds percentages, signed ones as changes. The table ends at a blank line or at the first line with no
 * number after its rows began. Cells are split at tabs, runs of two or more spaces, full-width spaces and
 * bars. The words are {@code extraction/<lang>/tables.yaml}; the unit is read by the language's own
 * recogniser from "1" and the unit phrase, so any unit it knows may head a table. Stateless after construction.
 */
public final class TableUnits {

    /**
     * @param headings   patterns of a unit line; group {@code unit} is the unit phrase
     * @param rewrites   how a unit phrase is written as the recogniser reads it after "1 "
     *                   ("millions of dollars" → "million dollars")
     * @param separator  what stands between "1" and the unit phrase in the probe ("" for Chinese)
     * @param rateColumns   words of a column header whose column holds percentages ("%", "share")
     * @param changeColumns words of a column header whose column holds changes, signed ("增长", "change")
     * @param periodHeader  how a column header is read as a period: {@code {}} stands for the header
     *                      ("in {}": a bare "2020" is a period only as a header, not in running text)
     */
    record Words(List<String> headings, Map<String, String> rewrites, String separator, List<String> rateColumns,
            List<String> changeColumns, String periodHeader) {}

    /** What a column holds: figures of the table's unit, percentages, or signed changes in percent. */
    private enum Column { LEVEL, RATE, CHANGE }

    private record Rules(List<Pattern> headings, Words words) {}

    private static final Pattern CELL_BREAK = Pattern.compile("\\t+|\\s{2,}|\\u3000+|\\s*\\|\\s*");
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[-+−]?\\d+(?:\\.\\d+)?");
    static final String RULE = "table: unit of its heading";

    private final Map<Language, Rules> rules = new EnumMap<>(Language.class);

    public TableUnits() {
        for (Language language : Language.values()) {
            String path = "extraction/" + language.family() + "/tables.yaml";
            Words w = YamlResources.readComplete(path, Words.class);
            List<Pattern> headings = new ArrayList<>();
            for (String h : w.headings()) {
                Pattern p = Pattern.compile(h, Pattern.CASE_INSENSITIVE);
                if (!h.contains("(?<unit>")) {
                    throw new IllegalStateException(path + ": heading without a unit group: " + h);
                }
                headings.add(p);
            }
            rules.put(language, new Rules(headings, w));
        }
    }

    /** A cell of a line: its text and where it starts in the document. */
    private record Cell(String text, int start) {}

    /**
     * The figures of the tables of a document, besides those already found ({@code found}, document offsets),
     * in text order. A table is read in the language of its unit line; lines that lie in no passage (page
     * furniture) are passed over.
     */
    public List<Finding> apply(String text, List<Passage> passages, List<Finding> found, LanguageProfiles profiles,
            LocalDate referenceDate) {
        List<Finding> out = new ArrayList<>();
        FigureValue unit = null;
        LanguageProfile profile = null;
        boolean rowsBegun = false;
        List<Period> columnPeriods = List.of();
        List<Column> columns = List.of();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = at;
            at += line.length() + 1;
            Passage passage = passageAt(passages, lineStart, line);
            if (passage == null && !line.isBlank()) {
                continue;
            }
            Optional<FigureValue> declared = passage == null ? Optional.empty() : heading(line, profiles.of(passage.language()),
                    referenceDate, passage.language());
            if (declared.isPresent()) {
                unit = declared.get();
                profile = profiles.of(passage.language());
                rowsBegun = false;
                columnPeriods = List.of();
                columns = List.of();
                continue;
            }
            if (unit == null) {
                continue;
            }
            List<Cell> cells = cells(line, lineStart);
            List<Cell> numbers = cells.stream().filter(c -> NUMBER.matcher(c.text()).matches()).toList();
            if (line.isBlank() || numbers.isEmpty() && rowsBegun) {
                unit = null;
                continue;
            }
            List<Period> periods = rowsBegun ? List.of()
                    : headerPeriods(cells, profile, rules.get(passage.language()).words().periodHeader(), referenceDate);
            if (!periods.isEmpty()) { // "Item  2020  2021": a header of periods, over the columns of numbers
                columnPeriods = periods;
                continue;
            }
            if (numbers.isEmpty()) { // a header of words: which columns hold rates
                Words w = rules.get(passage.language()).words();
                columns = cells.stream().skip(1).map(c -> column(c.text(), w)).toList();
                continue;
            }
            rowsBegun = true;
            String label = cells.get(0).text();
            boolean labelled = !NUMBER.matcher(label).matches();
            for (int k = 0; k < numbers.size(); k++) {
                Cell c = numbers.get(k);
                if (covered(found, c)) {
                    continue;
                }
                Column column = k < columns.size() ? columns.get(k) : Column.LEVEL;
                Period period = k < columnPeriods.size() ? columnPeriods.get(k) : null;
                Mention m = figure(c, unit, column, period, passage.language(), labelled ? label : null);
                if (m != null) {
                    out.add(new Finding(m, line));
                }
            }
        }
        return out;
    }

    /** The passage that holds the line's first visible character, if any. */
    private static Passage passageAt(List<Passage> passages, int lineStart, String line) {
        int first = lineStart + (line.length() - line.stripLeading().length());
        for (Passage p : passages) {
            if (p.start() <= first && first < p.start() + p.text().length()) {
                return p;
            }
        }
        return null;
    }

    /** The unit a heading line declares, read by the recogniser from "1" and the phrase. */
    private Optional<FigureValue> heading(String line, LanguageProfile profile, LocalDate ref, Language language) {
        Rules r = rules.get(language);
        String stripped = line.strip();
        for (Pattern p : r.headings()) {
            Matcher m = p.matcher(stripped);
            if (m.find()) {
                String phrase = m.group("unit").strip().toLowerCase(Locale.ROOT);
                for (Map.Entry<String, String> e : r.words().rewrites().entrySet()) {
                    phrase = phrase.replace(e.getKey(), e.getValue());
                }
                String probe = "1" + r.words().separator() + phrase;
                for (Sentence s : profile.sentences().split(new Passage(probe, 0, language))) {
                    for (Mention found : profile.rules().figures().recognize(s, ref)) {
                        if (found.start() == 0 && found.end() == probe.length()) {
                            return Optional.of(found.value());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Column column(String header, Words w) {
        String h = header.toLowerCase(Locale.ROOT);
        return w.changeColumns().stream().anyMatch(h::contains) ? Column.CHANGE
                : w.rateColumns().stream().anyMatch(h::contains) ? Column.RATE : Column.LEVEL;
    }

    private static List<Cell> cells(String line, int lineStart) {
        List<Cell> cells = new ArrayList<>();
        Matcher b = CELL_BREAK.matcher(line);
        int from = 0;
        while (true) {
            boolean more = b.find();
            int to = more ? b.start() : line.length();
            String raw = line.substring(from, to);
            String cell = raw.strip();
            if (!cell.isEmpty()) {
                cells.add(new Cell(cell, lineStart + from + raw.indexOf(cell)));
            }
            if (!more) {
                return cells;
            }
            from = b.end();
        }
    }

    /** The periods of a header line's cells after its first (the label column's) when every one names a period. */
    private static List<Period> headerPeriods(List<Cell> cells, LanguageProfile profile, String header, LocalDate ref) {
        List<Period> periods = new ArrayList<>();
        for (Cell c : cells.subList(Math.min(1, cells.size()), cells.size())) {
            Optional<Period> p = profile.rules().periods().parse(header.replace("{}", c.text()), ref);
            if (p.isEmpty()) {
                return List.of();
            }
            periods.add(p.get());
        }
        return periods;
    }

    private static boolean covered(List<Finding> found, Cell c) {
        int end = c.start() + c.text().length();
        return found.stream().anyMatch(f -> f.mention().start() < end && c.start() < f.mention().end());
    }

    private static Mention figure(Cell c, FigureValue unit, Column column, Period period, Language language, String label) {
        BigDecimal written = new BigDecimal(c.text().replace(",", "").replace('−', '-').replace("+", ""));
        if (column == Column.LEVEL) {
            return written.signum() < 0 ? null // a negative level (a balance) is left to the text around it
                    : new Mention(unit.withValue(written.multiply(unit.value())), Approximation.EXACT, null, period,
                            c.start(), c.start() + c.text().length(), c.text(), language, RULE, label);
        }
        Change change = column == Column.CHANGE && written.signum() != 0
                ? new Change(written.signum() > 0 ? Change.Direction.INCREASE : Change.Direction.DECREASE, null) : null;
        return new Mention(new Percent(written.abs(), false), Approximation.EXACT, change, period, c.start(),
                c.start() + c.text().length(), c.text(), language, RULE + " (a column of rates)", label);
    }
}
