package org.econfacts.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.econfacts.api.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts every refused {@code POST /api/v1/documents} by reason, whether the refusal came from the
 * framework (malformed JSON, validation, a missing key) or from the service (too long, 429, time
 * budget). Runs after the exception mappers, so it sees the answer the client got.
 */
@ApplicationScoped
public class DocumentPostOutcomes {

    private static final String DOCUMENTS = "/api/v1/documents";

    private final EconfactsMetrics metrics;

    public DocumentPostOutcomes(EconfactsMetrics metrics) {
        this.metrics = metrics;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || !"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (!path.equals(DOCUMENTS) && !path.equals(DOCUMENTS + "/")) {
            return;
        }
        String title = response.getEntity() instanceof Problem p ? p.title() : null;
        metrics.documentRejected("http", RejectReason.ofHttp(response.getStatus(), title));
    }
}
