package org.econfacts.statistic;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.econfacts.fact.FactAggregateRepository;
import org.econfacts.fact.FactQuery;
import org.econfacts.fact.FactQueryParams;
import org.econfacts.fact.PageView;
import org.econfacts.fact.TimeseriesView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/statistics")
@Tag(name = "statistics")
public class StatisticResource {

    private final StatisticService service;
    private final EconfactsConfig config;

    public StatisticResource(StatisticService service, EconfactsConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search statistics", description = "A statistic is one real-world number (what is measured, of "
            + "whom, for which period, of which kind and unit, level or change) that one or more facts report, across "
            + "documents and languages. The fact filters select the statistics with a matching fact; conflict=true keeps "
            + "those whose reports disagree beyond rounding, revised=true those a later publication changed. Sorted "
            + "most reported first, or by sort.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "page", value = ApiExamples.STATISTIC_PAGE)))
    @APIResponse(responseCode = "400", description = "a filter, sort or page value is invalid; the problem names it")
    public PageView<StatisticView> search(@BeanParam FactQueryParams params,
            @Parameter(description = "true: statistics whose reports disagree; false: the others") @RestQuery String conflict,
            @Parameter(description = "true: statistics a later publication revised; false: the others") @RestQuery String revised) {
        StatisticOrder order = StatisticOrder.parse(params.sort);
        params.sort = null; // a statistic's sort keys are its own
        FactQuery q = params.toQuery(config);
        Boolean c = flag("conflict", conflict);
        Boolean r = flag("revised", revised);
        if (c != null && r != null) {
            throw new InvalidQuery("revised", "give conflict or revised, not both");
        }
        if (c != null) {
            return service.search(q, order, Reconcile.Status.CONFLICT, !c);
        }
        if (r != null) {
            return service.search(q, order, Reconcile.Status.REVISED, !r);
        }
        return service.search(q, order, null, false);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One statistic with its reports", description = "Every fact that reports it, oldest publication "
            + "first, with its document's title and date, its value (a fall is negative), text and sentence, and whether "
            + "it agrees with the statistic's value.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "a conflict", value = ApiExamples.STATISTIC)))
    @APIResponse(responseCode = "404", description = "no fact reports this statistic")
    public StatisticView.Detail get(@RestPath @Schema(example = "5f0c2a7e91d34b6a8e1f0a2b3c4d5e6f") String id) {
        return service.get(id);
    }

    @GET
    @Path("/timeseries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Points for a chart, one per statistic",
            description = "As GET /api/v1/facts/timeseries, but each statistic counts once, at its agreed (or latest) "
                    + "value, however many articles report it; count is the number of statistics. Same parameters.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "yearly trade",
            value = ApiExamples.TIMESERIES)))
    @APIResponse(responseCode = "400", description = "unknown granularity or invalid filter")
    public TimeseriesView timeseries(@RestQuery @Schema(example = "year") String granularity, @BeanParam FactQueryParams params) {
        String g = granularity == null || granularity.isBlank() ? "year" : granularity.strip().toLowerCase(Locale.ROOT);
        if (!FactAggregateRepository.GRANULARITY.containsKey(g)) {
            throw new InvalidQuery("granularity", "granularity must be year, half, quarter or month");
        }
        return service.timeseries(g, params.toQuery(config));
    }

    private static Boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw new InvalidQuery(name, name + " must be true or false");
        }
        return Boolean.valueOf(raw);
    }
}
