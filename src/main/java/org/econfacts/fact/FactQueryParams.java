package org.econfacts.fact;

import io.quarkus.panache.common.Sort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.econfacts.api.DomainException.InvalidQuery;
import org.econfacts.api.Paging;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.extraction.Category;
import org.econfacts.extraction.Language;
import org.econfacts.normalization.FigureKind;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters of {@code GET /api/v1/facts}, taken as strings so that a bad value is a 400
 * naming the parameter. {@link #toQuery} validates them into a {@link FactQuery}.
 */
public class FactQueryParams {

    /** Sort keys the API accepts, mapped to entity fields; anything else is refused. */
    private static final Map<String, String> SORT_KEYS = Map.of(
            "value", "amount", "period", "periodStart", "createdAt", "createdAt", "id", "id",
            "start", "spanStart");

    @RestQuery @Parameter(description = "MONEY, PERCENT, COUNT or QUANTITY")
    public String kind;

    @RestQuery @Parameter(description = "ISO 4217 code; implies kind MONEY", example = "CNY")
    public String currency;

    @RestQuery @Parameter(description = "unit or counted noun, exact", example = "vehicles")
    public String unit;

    @RestQuery @Parameter(description = "en, zh-Hant or zh-Hans")
    public String language;

    @RestQuery @Parameter(description = "only facts of this document")
    public String documentId;

    @RestQuery @Parameter(description = "period overlaps from this day on (YYYY-MM-DD)", example = "2021-01-01")
    public String from;

    @RestQuery @Parameter(description = "period overlaps up to this day (YYYY-MM-DD)", example = "2021-12-31")
    public String to;

    @RestQuery @Parameter(description = "value at least this, in base units")
    public String minValue;

    @RestQuery @Parameter(description = "value at most this, in base units")
    public String maxValue;

    @RestQuery @Parameter(description = "text contained in the subject or the sentence (case-insensitive)")
    public String q;

    @RestQuery @Parameter(description = "indicator category (docs/categories.md): TRADE, EXPORT, IMPORT, TRADE_BALANCE, "
            + "INVESTMENT, VALUE_ADDED, OUTPUT, GDP, SHARE, GROWTH_RATE, PRICE, REVENUE, PROFIT, DEBT, BALANCE_OF_PAYMENTS, "
            + "BUDGET, RESERVES, MONETARY, INTEREST_RATE, INFLATION, CONSUMPTION, INVENTORY, ORDERS, EMPLOYMENT, "
            + "ORGANIZATION_COUNT, PEOPLE_COUNT, REGION_COUNT, OTHER", example = "EXPORT")
    public String category;

    @RestQuery @Parameter(description = "an entity the fact is about: canonical name or as written", example = "Chongqing")
    public String entity;

    @RestQuery @Parameter(description = "EXACT, ABOUT, MORE_THAN, LESS_THAN, NEARLY, AT_LEAST or AT_MOST")
    public String approximation;

    @RestQuery @Parameter(description = "INCREASE, DECREASE, or NONE for levels")
    public String change;

    @RestQuery @Parameter(description = "text contained in the subject (case-insensitive)")
    public String subject;

    @RestQuery @Parameter(description = "exactly this period label (the facts behind one time-series point)",
            example = "2021-Q3")
    public String period;

    @RestQuery @Parameter(description = "true: facts of bilingual documents with no twin or a disagreeing twin; false: the others")
    public String hasDiscrepancy;

    @RestQuery @Parameter(description = "page number, from 0")
    public String page;

    @RestQuery @Parameter(description = "page size, at most econfacts.limits.max-page-size (200)")
    public String size;

    @RestQuery @Parameter(description = "value, period, createdAt, id or start; prefix '-' for descending", example = "-value")
    public String sort;

    public FactQuery toQuery(EconfactsConfig config) {
        int pageSize = Paging.size(size, config);
        int pageNo = Paging.page(page, pageSize);
        LocalDate fromDate = Paging.date("from", from);
        LocalDate toDate = Paging.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new InvalidQuery("to", "to must not be before from");
        }
        return new FactQuery(
                parse("kind", kind, k -> FigureKind.valueOf(k.toUpperCase(Locale.ROOT)), null),
                parse("currency", currency, FactQueryParams::currencyCode, null),
                blankToNull(unit),
                parse("language", language, l -> Language.fromTag(l).orElseThrow().tag(), null),
                parse("documentId", documentId, Long::parseLong, null),
                fromDate, toDate,
                amount("minValue", minValue, RoundingMode.CEILING),
                amount("maxValue", maxValue, RoundingMode.FLOOR),
                blankToNull(q),
                parse("category", category, c -> Category.valueOf(c.toUpperCase(Locale.ROOT)), null),
                blankToNull(entity),
                parse("approximation", approximation,
                        a -> org.econfacts.normalization.Approximation.valueOf(a.toUpperCase(Locale.ROOT)), null),
                parse("change", change, FactQueryParams::changeFilter, null),
                blankToNull(subject),
                blankToNull(period),
                parse("hasDiscrepancy", hasDiscrepancy, FactQueryParams::bool, null),
                pageNo, pageSize, sort(sort));
    }

    /** Largest magnitude a stored amount can have: numeric(38, 10) holds 28 digits before the point. */
    private static final int AMOUNT_INTEGER_DIGITS = 28;
    private static final int AMOUNT_SCALE = 10;

    /**
     * A value bound as the column holds it. Beyond its 28 integer digits the databases fail ("BigInteger
     * would overflow"); finer than its 10 decimals, the bound is rounded inwards (CEILING for a minimum,
     * FLOOR for a maximum), which selects exactly the same stored amounts.
     */
    private static BigDecimal amount(String name, String raw, RoundingMode inwards) {
        BigDecimal v = parse(name, raw, BigDecimal::new, null);
        if (v == null || v.signum() == 0) {
            return v;
        }
        if (v.precision() - v.scale() > AMOUNT_INTEGER_DIGITS) {
            throw new InvalidQuery(name, name + " must be less than 10^" + AMOUNT_INTEGER_DIGITS + " in magnitude");
        }
        if (v.scale() > AMOUNT_SCALE) {
            // below 10^-10 in magnitude, the bound rounds to 0 or ±10^-10 without a huge division
            if (v.precision() - v.scale() < -AMOUNT_SCALE) {
                BigDecimal tiny = BigDecimal.ONE.movePointLeft(AMOUNT_SCALE);
                boolean away = (inwards == RoundingMode.CEILING) == (v.signum() > 0);
                return away ? tiny.multiply(BigDecimal.valueOf(v.signum())) : BigDecimal.ZERO.setScale(AMOUNT_SCALE);
            }
            return v.setScale(AMOUNT_SCALE, inwards);
        }
        return v;
    }

    private static String changeFilter(String c) {
        String v = c.toUpperCase(Locale.ROOT);
        if (!v.equals("INCREASE") && !v.equals("DECREASE") && !v.equals("NONE")) {
            throw new IllegalArgumentException();
        }
        return v;
    }

    private static Boolean bool(String b) {
        if (!b.equalsIgnoreCase("true") && !b.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException();
        }
        return Boolean.valueOf(b);
    }

    private static String currencyCode(String c) {
        String code = c.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException();
        }
        return code;
    }

    private static Sort sort(String spec) {
        if (spec == null || spec.isBlank()) {
            return Sort.by("id");
        }
        boolean descending = spec.startsWith("-");
        String field = SORT_KEYS.get(descending ? spec.substring(1) : spec);
        if (field == null) {
            throw new InvalidQuery("sort", "sort must be one of " + String.join(", ", SORT_KEYS.keySet().stream().sorted().toList())
                    + ", optionally prefixed with '-'");
        }
        Sort s = descending ? Sort.descending(field) : Sort.ascending(field);
        return field.equals("id") ? s : s.and("id");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <T> T parse(String name, String raw, Function<String, T> parser, T fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return parser.apply(raw.trim());
        } catch (RuntimeException e) {
            throw new InvalidQuery(name, "invalid value for " + name + ": '" + raw + "'");
        }
    }
}
