package org.econfacts.api;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.econfacts.config.EconfactsConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Applies {@link AccessPolicy} to every API request; refusals are 401 problem+json. */
@ApplicationScoped
public class AccessFilter {

    private final AccessPolicy policy;

    public AccessFilter(EconfactsConfig config) {
        this.policy = new AccessPolicy(config.security().apiKeys(), config.security().openReads());
    }

    void announce(@Observes StartupEvent event) {
        if (!policy.hasKeys()) {
            Log.warn("no API key configured (econfacts.security.api-keys): only clients on this machine may write");
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
