package org.econfacts.api;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.econfacts.config.EconfactsConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link AccessPolicy} to every API request: before matching, a write needs a valid key (401);
 * after matching, an {@link OperatorOnly} method needs an operator key (403 for a writer key). Refusals
 * are problem+json.
 */
@ApplicationScoped
public class AccessFilter {

    private final AccessPolicy policy;

    public AccessFilter(EconfactsConfig config) {
        this.policy = new AccessPolicy(config.security().apiKeys(), config.security().operatorKeys(),
                config.security().openReads());
    }

    void announce(@Observes StartupEvent event) {
        if (!policy.hasKeys()) {
            Log.warn("no API key configured (econfacts.security.api-keys): only clients on this machine may write");
        } else if (!policy.hasOperatorKeys()) {
            Log.info("no operator key configured (econfacts.security.operator-keys): nobody may delete or re-extract");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        var key = AccessPolicy.presented(request.getHeaderString("X-API-Key"), request.getHeaderString("Authorization"));
        if (policy.decide(request.getMethod(), key, loopback(http)) == AccessPolicy.Decision.ALLOW) {
            return null;
        }
        String detail = policy.hasKeys()
                ? "send a valid API key as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'"
                : "no API key is configured on this server, so only local clients may write";
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .entity(Problem.of(401, "Unauthorized", detail, request.getUriInfo().getPath()))
                .build();
    }

    /** After matching: an {@link OperatorOnly} method needs an operator key (403 for a writer's). */
    @ServerRequestFilter
    public Response checkRole(ContainerRequestContext request, HttpServerRequest http, ResourceInfo resource) {
        boolean operatorOnly = resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(OperatorOnly.class)
                        || resource.getResourceClass().isAnnotationPresent(OperatorOnly.class));
        if (!operatorOnly) {
            return null;
        }
        var key = AccessPolicy.presented(request.getHeaderString("X-API-Key"), request.getHeaderString("Authorization"));
        return switch (policy.decideOperation(key, loopback(http))) {
            case ALLOW -> null;
            case UNAUTHORIZED -> Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                    .entity(Problem.of(401, "Unauthorized", "this is an operator action: send an operator key as "
                            + "'X-API-Key: <key>' or 'Authorization: Bearer <key>'", request.getUriInfo().getPath()))
                    .build();
            case FORBIDDEN -> Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(403, "Forbidden", "this is an operator action (delete, re-extract, jobs); a writer "
                            + "key may only submit documents. Use a key of econfacts.security.operator-keys",
                            request.getUriInfo().getPath()))
                    .build();
        };
    }

    private static boolean loopback(HttpServerRequest http) {
        if (http == null || http.remoteAddress() == null) {
            return false;
        }
        try {
            return InetAddress.getByName(http.remoteAddress().host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
