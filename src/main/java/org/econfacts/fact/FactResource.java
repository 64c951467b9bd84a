package org.econfacts.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.econfacts.api.ApiExamples;
import org.econfacts.api.DomainException.InvalidQuery;
import org.econfacts.config.EconfactsConfig;
import org.jboss.resteasy.reactive.RestQuery;

/** Search, export and aggregate stored facts across documents. */
@Path("/api/v1/facts")
@Tag(name = "facts")
public class FactResource {

    private final FactService service;
    private final EconfactsConfig config;
    private final ObjectMapper json;

    public FactResource(FactService service, EconfactsConfig config, ObjectMapper json) {
        this.service = service;
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/x-ndjson"})
    @Operation(summary = "Search facts", description = "All filters combine with AND; a JSON page has a total, "
            + "exact up to econfacts.limits.max-exact-total matches (10 000; 1 000 with q or subject) and a lower bound "
            + "beyond (totalExact: false). "
            + "With Accept: text/csv or application/x-ndjson, or format=csv|jsonl, every matching fact is streamed "
            + "instead (paging ignored), CSV with a header row and a fixed column order.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = ApiExamples.FACT_PAGE)))
    @APIResponse(responseCode = "400", description = "a filter, sort or page value is invalid; the problem names it")
    public Response search(@BeanParam FactQueryParams params,
            @Parameter(description = "csv or jsonl to stream every match") @RestQuery String format,
            @HeaderParam("Accept") String accept) {
        FactQuery query = params.toQuery(config);
        FactExport.Format export = exportFormat(format, accept);
        if (export == null) {
            return Response.ok(service.search(query), MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput body = out -> service.export(query, new FactExport(export, out, json));
        return Response.ok(body, export.mediaType + (export == FactExport.Format.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"facts." + export.name().toLowerCase(Locale.ROOT) + "\"")
                .build();
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Aggregate facts for dashboards",
            description = "groupBy: comma-separated dimensions among category, period, currency, unit, entity, document, "
                    + "language, kind. Each group also splits by kind and unit, so sums add like to like (never CNY to "
                    + "USD; percentages are not summed). Repeated mentions (sameAs) count once. Same filters as search.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "by category and currency",
            value = ApiExamples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "unknown groupBy dimension or invalid filter")
    public SummaryView summary(@RestQuery @Schema(example = "category,currency") String groupBy,
            @BeanParam FactQueryParams params) {
        return service.summary(dimensions(groupBy), params.toQuery(config));
    }

    @GET
    @Path("/timeseries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Points for a chart, ordered by period",
            description = "Facts whose period is exactly one year, half, quarter or month (granularity), per period and "
                    + "unit. Filter with category, entity, currency, unit, kind and the other search filters.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "yearly trade",
            value = ApiExamples.TIMESERIES)))
    @APIResponse(responseCode = "400", description = "unknown granularity or invalid filter")
    public TimeseriesView timeseries(@RestQuery @Schema(example = "year") String granularity,
            @BeanParam FactQueryParams params) {
        String g = granularity == null || granularity.isBlank() ? "year" : granularity.strip().toLowerCase(Locale.ROOT);
        if (!FactAggregateRepository.GRANULARITY.containsKey(g)) {
            throw new InvalidQuery("granularity", "granularity must be year, half, quarter or month");
        }
        return service.timeseries(g, params.toQuery(config));
    }

    private static FactExport.Format exportFormat(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> FactExport.Format.CSV;
                case "jsonl", "ndjson" -> FactExport.Format.JSONL;
                case "json" -> null;
                default -> throw new InvalidQuery("format", "format must be json, csv or jsonl");
            };
        }
        if (accept != null && !accept.contains(MediaType.APPLICATION_JSON)) {
            if (accept.contains("text/csv")) {
                return FactExport.Format.CSV;
            }
            if (accept.contains("application/x-ndjson")) {
                return FactExport.Format.JSONL;
            }
        }
        return null;
    }

    private static List<String> dimensions(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            throw new InvalidQuery("groupBy", "groupBy is required: one or more of "
                    + String.join(", ", FactAggregateRepository.DIMENSIONS.keySet().stream().sorted().toList()));
        }
        List<String> dims = Arrays.stream(groupBy.split(",")).map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).distinct().toList();
        if (dims.isEmpty()) {
            throw new InvalidQuery("groupBy", "groupBy names no dimension; give one or more of "
                    + String.join(", ", FactAggregateRepository.DIMENSIONS.keySet().stream().sorted().toList()));
        }
        for (String d : dims) {
            if (!FactAggregateRepository.DIMENSIONS.containsKey(d)) {
                throw new InvalidQuery("groupBy", "unknown groupBy dimension '" + d + "'; use "
                        + String.join(", ", FactAggregateRepository.DIMENSIONS.keySet().stream().sorted().toList()));
            }
        }
        if (dims.contains("currency") && dims.contains("unit")) {
            throw new InvalidQuery("groupBy", "currency and unit are the same dimension; give one");
        }
        return dims;
    }
}
