package org.econfacts.fact;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.econfacts.api.Paging;
import org.econfacts.config.EconfactsConfig;
import org.jboss.resteasy.reactive.RestQuery;

/** The organisations and places facts are about. */
@Path("/api/v1/entities")
@Tag(name = "entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final FactService service;
    private final EconfactsConfig config;

    public EntityResource(FactService service, EconfactsConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @Operation(summary = "Entities with how many facts are about each, most first",
            description = "q filters by a part of the name (canonical or as written).")
    public List<EntityCountView> list(@RestQuery String q, @RestQuery String page, @RestQuery String size) {
        int pageSize = Paging.size(size, config); // strings, so a bad value is a 400 naming it (not a 404)
        return service.entities(q == null || q.isBlank() ? null : q.strip(), Paging.page(page, pageSize), pageSize);
    }
}
