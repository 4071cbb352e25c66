package org.casebook.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Casebook over HTTP/1.1 as one of the contract's demo users (password {@code <username>-pass}). A request that gets
 * no response at all (refused, reset, timed out) comes back as {@link Reply#none}: its outcome is unknown.
 */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Duration requestTimeout;
    private final HttpClient client;

    public Http(String base, Duration requestTimeout) {
        this.base = base;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * One response, or none. {@code nanos} is this request's own latency, from just before sending to the whole body
     * read; it is not corrected for coordinated omission (a client waits for each answer before its next request).
     */
    public record Reply(int status, String body, String etag, String retryAfter, long nanos, String failure) {

        static Reply none(long nanos, Exception failure) {
            return new Reply(0, null, null, null, nanos, failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }

        public boolean answered() {
            return status != 0;
        }

        public boolean success() {
            return status >= 200 && status < 300;
        }

        /** The version from {@code ETag: "<n>"}, if any. */
        public Optional<Long> version() {
            if (etag == null) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(etag.replace("W/", "").replace("\"", "").trim()));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new IllegalStateException("not JSON: " + body, notJson);
            }
        }

        public String statusClass() {
            return status == 0 ? "none" : (status / 100) + "xx";
        }
    }

    public Reply send(String user, String method, String path, String body, String idempotencyKey) {
        return send(user, method, path, body, idempotencyKey, "application/json");
    }

    /** A GET of a text resource (the Prometheus scrape answers 406 to a JSON Accept header). */
    public Reply getText(String user, String path) {
        return send(user, "GET", path, null, null, "text/plain");
    }

    private Reply send(String user, String method, String path, String body, String idempotencyKey, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(requestTimeout)
                .header("Authorization", basic(user))
                .header("Accept", accept);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    System.nanoTime() - started, null);
        } catch (IOException noResponse) {
            return Reply.none(System.nanoTime() - started, noResponse);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Reply.none(System.nanoTime() - started, interrupted);
        }
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-pass")
                .getBytes(StandardCharsets.UTF_8));
    }
}
