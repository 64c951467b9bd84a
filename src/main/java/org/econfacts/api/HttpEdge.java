package org.econfacts.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers the requests that fail before they reach a resource (an over-long request line, a path
 * that cannot be decoded such as {@code %zz}) with problem+json like every other error, instead of
 * the HTTP layer's bare status. Request lines up to {@code quarkus.http.limits.max-initial-line-length}
 * reach this router; past {@link #MAX_URI_LENGTH} characters they are refused here with 414.
 */
@ApplicationScoped
public class HttpEdge {

    /** Longest request target (path and query) answered; longer gets 414 problem+json. */
    static final int MAX_URI_LENGTH = 8192;

    private final ObjectMapper json;

    public HttpEdge(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_URI_LENGTH) {
                answer(ctx, 414, "URI Too Long", "the request target has " + ctx.request().uri().length()
                        + " characters; the limit is " + MAX_URI_LENGTH + " (send long filters in fewer words)");
            } else {
                ctx.next();
            }
        });
        for (int status : new int[] {400, 404, 405, 414, 431}) {
            router.errorHandler(status, ctx -> answer(ctx, status, title(status), detail(status)));
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 414 -> "URI Too Long";
            default -> "Request Header Fields Too Large";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "the request cannot be read (for example a path with an invalid percent-encoding such as %zz)";
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 414 -> "the request target is too long";
            default -> "the request headers are too large";
        };
    }

    private void answer(RoutingContext ctx, int status, String title, String detail) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        String body;
        try {
            // the instance is the path only when it is short: an over-long or undecodable one is not echoed
            String path = ctx.request().path();
            String instance = path != null && path.length() <= 200 && status != 400 && status != 414 ? path : null;
            body = json.writeValueAsString(Problem.of(status, title, detail, instance));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
