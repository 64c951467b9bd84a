package org.econfacts.fact;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.econfacts.api.ApiExamples;
import org.econfacts.config.EconfactsConfig;

/** Search stored facts across documents. */
@Path("/api/v1/facts")
@Tag(name = "facts")
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {

    private final FactService service;
    private final EconfactsConfig config;

    public FactResource(FactService service, EconfactsConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(summary = "Search facts", description = "All filters combine with AND; a page has a total.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "page", value = ApiExamples.FACT_PAGE)))
    @APIResponse(responseCode = "400", description = "a filter, sort or page value is invalid; the problem names it")
    public PageView<FactView> search(@BeanParam FactQueryParams params) {
        return service.search(params.toQuery(config));
    }
}
