package org.casebook.adapters.it;

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
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for the tests, speaking to the service as one of the contract's demo users. */
public class Api {

    private final String base;
    private final ObjectMapper objectMapper;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(String base, ObjectMapper objectMapper) {
        this.base = base;
        this.objectMapper = objectMapper;
    }

    /** A request as the demo user {@code username} (password {@code <username>-pass}); null sends no credentials. */
    public Call as(String username) {
        return new Call(username);
    }

    public final class Call {
        private final String username;
        private final Map<String, String> headers = new LinkedHashMap<>();

        Call(String username) {
            this.username = username;
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call password(String password) {
            headers.put("Authorization", basic(username, password));
            return this;
        }

        public Response get(String path) {
            return send("GET", path, null);
        }

        public Response post(String path, Object body) {
            return send("POST", path, body);
        }

        public Response put(String path, Object body) {
            return send("PUT", path, body);
        }

        public Response send(String method, String path, Object body) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30));
                if (username != null && !headers.containsKey("Authorization")) {
                    request.header("Authorization", basic(username, username + "-pass"));
                }
                headers.forEach(request::header);
                String text = body == null ? null
                        : body instanceof String raw ? raw : objectMapper.writeValueAsString(body);
                request.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
                if (text != null) {
                    request.header("Content-Type", "application/json");
                }
                HttpResponse<String> response = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response, objectMapper);
            } catch (IOException | InterruptedException failure) {
                throw new IllegalStateException(method + " " + path + " failed", failure);
            }
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A response with its body read as JSON when it is JSON. */
    public record Response(HttpResponse<String> raw, ObjectMapper objectMapper) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return objectMapper.readTree(raw.body());
            } catch (IOException notJson) {
                throw new IllegalStateException("not JSON: " + raw.body(), notJson);
            }
        }

        /** The problem type of an error response, e.g. "/problems/consent-required". */
        public String problemType() {
            return json().path("type").asText();
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
