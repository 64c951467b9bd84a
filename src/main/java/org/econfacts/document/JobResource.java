package org.econfacts.document;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.econfacts.api.DomainException;
import org.econfacts.api.OperatorOnly;
import org.jboss.resteasy.reactive.RestPath;

/** Progress of long jobs (re-extraction). */
@Path("/api/v1/jobs")
@OperatorOnly
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final ReextractJobs jobs;

    public JobResource(ReextractJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A job's progress: status RUNNING or DONE, done of total, failures")
    @APIResponse(responseCode = "404", description = "no such job (the 20 most recent jobs are kept, in memory until restart)")
    public JobView get(@RestPath long id) {
        return jobs.get(id).orElseThrow(() -> new DomainException.NotFound("job", id));
    }
}
