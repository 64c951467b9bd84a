package org.econfacts.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes facts as CSV (RFC 4180, header row, fixed column order) or JSON Lines. The caller feeds it
 * batches, so any number of facts streams in bounded memory.
 */
public final class FactExport {

    public enum Format {
        CSV("text/csv"),
        JSONL("application/x-ndjson");

        public final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** Column name and how to read it; the order here is the file's column order. */
    private record Column(String name, Function<FactView, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("id", FactView::id),
            new Column("documentId", FactView::documentId),
            new Column("kind", FactView::kind),
            new Column("value", FactView::value),
            new Column("unit", FactView::unit),
            new Column("approximation", FactView::approximation),
            new Column("changeDirection", f -> f.change() == null ? null : f.change().direction()),
            new Column("changeBasis", f -> f.change() == null ? null : f.change().basis()),
            new Column("periodLabel", f -> f.period() == null ? null : f.period().label()),
            new Column("periodStart", f -> f.period() == null ? null : f.period().start()),
            new Column("periodEnd", f -> f.period() == null ? null : f.period().end()),
            new Column("category", FactView::category),
            new Column("subject", FactView::subject),
            new Column("entities", f -> f.entities().stream().map(FactView.EntityView::name).collect(Collectors.joining("; "))),
            new Column("language", FactView::language),
            new Column("text", FactView::text),
            new Column("start", FactView::start),
            new Column("end", FactView::end),
            new Column("twinId", FactView::twinId),
            new Column("equivalentOf", FactView::equivalentOf),
            new Column("exchangeRate", FactView::exchangeRate),
            new Column("changeOf", FactView::changeOf),
            new Column("sameAs", FactView::sameAs),
            new Column("rule", FactView::rule),
            new Column("sentence", FactView::sentence),
            new Column("sentenceStart", FactView::sentenceStart),
            new Column("sentenceEnd", FactView::sentenceEnd),
            // columns added later go last, so a reader that counts columns keeps working
            new Column("valueMax", FactView::valueMax),
            new Column("rangeOf", FactView::rangeOf),
            new Column("statisticId", FactView::statisticId));

    /** First characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

    private final Format format;
    private final Writer out;
    private final ObjectMapper json;

    public FactExport(Format format, OutputStream stream, ObjectMapper json) {
        this.format = format;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.json = json;
    }

    public void header() throws IOException {
        if (format == Format.CSV) {
            out.write(COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")));
            out.write("\r\n");
        }
    }

    public void write(List<FactView> batch) throws IOException {
        for (FactView f : batch) {
            if (format == Format.CSV) {
                out.write(COLUMNS.stream().map(c -> csv(c.value().apply(f))).collect(Collectors.joining(",")));
                out.write("\r\n");
            } else {
                out.write(json.writeValueAsString(f));
                out.write("\n");
            }
        }
        out.flush();
    }

    /**
     * One CSV cell. Text that a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting
     * with {@code = + - @}, tab or carriage return) gets a leading {@code '}, which spreadsheets show as
     * text; numbers, dates and enum names are written as they are (a negative number stays a number).
     */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : Objects.toString(value);
        if (value instanceof CharSequence && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
