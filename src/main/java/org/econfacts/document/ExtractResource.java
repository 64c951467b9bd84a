package org.econfacts.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.econfacts.fact.FactView;

/** Preview: read an article's figures without storing anything. */
@Path("/api/v1/extract")
@Tag(name = "extract")
public class ExtractResource {

    /** The preview answer: facts without ids or document. */
    public record ExtractView(List<FactView> facts) {}

    private final DocumentService service;

    public ExtractResource(DocumentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read an article's figures without storing it")
    public ExtractView extract(@Valid @NotNull DocumentRequest request) {
        return new ExtractView(service.preview(request));
    }
}
