package org.econfacts.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts each article to {@code /api/v1/documents}. 201 is stored, 200 already stored (skipped). 429
 * and 503 are waited out (Retry-After) and retried, as are a few connection failures; any other
 * answer is a failure with the problem's detail as its reason.
 */
final class RestDestination implements Destination {

    private static final int CONNECTION_ATTEMPTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final Optional<String> apiKey;

    RestDestination(URI base, Optional<String> apiKey) {
        this.endpoint = URI.create(base + "/api/v1/documents");
        this.apiKey = apiKey;
    }

    @Override
    public Outcome send(Article article) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article.json()));
        apiKey.ifPresent(k -> request.header("X-API-Key", k));
        int connectionFailures = 0;
        while (true) {
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (++connectionFailures >= CONNECTION_ATTEMPTS) {
                    return Outcome.failed("cannot reach " + endpoint + ": " + e);
                }
                Thread.sleep(1000L * connectionFailures);
                continue;
            }
            switch (response.statusCode()) {
                case 201: return Outcome.STORED;
                case 200: return Outcome.SKIPPED;
                case 429, 503:
                    Thread.sleep(1000L * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
                    continue;
                default: return Outcome.failed(response.statusCode() + " " + detail(response.body()));
            }
        }
    }

    private static String detail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            JsonNode detail = problem.path("detail").isMissingNode() ? problem.path("title") : problem.path("detail");
            return detail.isMissingNode() ? body : detail.asText();
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    @Override
    public void close() {
        // HttpClient has no close on Java 17; its threads are daemons
    }
}
