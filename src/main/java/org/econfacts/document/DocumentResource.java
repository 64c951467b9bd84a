package org.econfacts.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.econfacts.api.ApiExamples;
import org.econfacts.api.OperatorOnly;
import org.econfacts.api.Paging;
import org.econfacts.config.EconfactsConfig;
import org.econfacts.fact.FactView;
import org.econfacts.fact.PageView;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Documents: submit an article, read it back with its facts, list what is stored. */
@Path("/api/v1/documents")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService service;
    private final EconfactsConfig config;
    private final ReextractJobs jobs;

    public DocumentResource(DocumentService service, EconfactsConfig config, ReextractJobs jobs) {
        this.service = service;
        this.config = config;
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an article", description = "Reads every economic figure and stores the document "
            + "with its facts. The very same text posted again returns the stored document with 200.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "bilingual", value = ApiExamples.DOCUMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "stored; Location names the new document",
            content = @Content(examples = @ExampleObject(name = "stored", value = ApiExamples.DOCUMENT_VIEW)))
    @APIResponse(responseCode = "200", description = "this text was already stored; the stored document")
    @APIResponse(responseCode = "400", description = "blank text, malformed JSON, unknown field or language")
    @APIResponse(responseCode = "413", description = "text longer than econfacts.limits.max-text-length")
    @APIResponse(responseCode = "415", description = "not application/json")
    public RestResponse<DocumentView> create(@Valid @NotNull DocumentRequest request, UriInfo uri) {
        Ingested result = service.ingest(request);
        if (!result.created()) {
            return RestResponse.ok(result.document());
        }
        return RestResponse.ResponseBuilder.<DocumentView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, local(uri, "api/v1/documents/" + result.document().id()))
                .entity(result.document())
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A document with its facts")
    @APIResponse(responseCode = "404", description = "no such document")
    public DocumentView get(@RestPath long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/facts")
    @Operation(summary = "The facts of one document, in text order")
    @APIResponse(responseCode = "404", description = "no such document")
    public List<FactView> facts(@RestPath long id) {
        return service.facts(id);
    }

    @GET
    @Path("/{id}/discrepancies")
    @Operation(summary = "Where the languages of a bilingual document disagree",
            description = "Each English-Chinese twin pair whose value, approximation, change or period differs, "
                    + "and each figure with no twin in the other language. Empty for a one-language document.")
    @APIResponse(responseCode = "404", description = "no such document")
    public List<DiscrepancyView> discrepancies(@RestPath long id) {
        return service.discrepancies(id);
    }

    @GET
    @Operation(summary = "Stored documents, newest first, without text or facts",
            description = "q: text contained in the title or the article (case-insensitive); from/to: publication dates.")
    @APIResponse(responseCode = "400", description = "invalid page, size or date")
    public PageView<DocumentSummaryView> list(@RestQuery String q, @RestQuery String from, @RestQuery String to,
            @RestQuery String page, @RestQuery String size) {
        int pageSize = Paging.size(size, config); // strings, so a bad value is a 400 naming it (not a 404)
        return service.list(q == null || q.isBlank() ? null : q.strip(), Paging.date("from", from), Paging.date("to", to),
                Paging.page(page, pageSize), pageSize);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a document and its facts")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such document")
    @OperatorOnly
    public RestResponse<Void> delete(@RestPath long id) {
        service.delete(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/reextract")
    @Operation(summary = "Read one document again with the current extractor; its facts are replaced")
    @APIResponse(responseCode = "404", description = "no such document")
    @OperatorOnly
    public DocumentView reextract(@RestPath long id) {
        return service.reextract(id);
    }

    @POST
    @Path("/reextract")
    @Operation(summary = "Read every document again, as a background job",
            description = "Answers 202 with the job; poll its Location (GET /api/v1/jobs/{id}) for progress. "
                    + "While a job runs, a new request returns the running job.")
    @APIResponse(responseCode = "202", description = "the job, with Location")
    @OperatorOnly
    public RestResponse<JobView> reextractAll(UriInfo uri) {
        JobView job = jobs.start();
        return RestResponse.ResponseBuilder.<JobView>create(RestResponse.Status.ACCEPTED)
                .header(HttpHeaders.LOCATION, local(uri, "api/v1/jobs/" + job.id()))
                .entity(job).build();
    }

    /**
     * A Location relative to this server (RFC 9110 allows a reference): built from the application's root
     * path, never from the Host header a client sent, which would let it point the link elsewhere.
     */
    static String local(UriInfo uri, String path) {
        String root = uri.getBaseUri().getRawPath();
        return (root.endsWith("/") ? root : root + "/") + path;
    }
}
