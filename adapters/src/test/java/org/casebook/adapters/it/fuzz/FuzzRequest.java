package org.casebook.adapters.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * One generated request. Its {@code toString} is what a failing try prints, so it names what was hostile
 * about the request without printing megabytes of it.
 */
public record FuzzRequest(Operation operation, String user, String method, String target,
                          Map<String, String> headers, byte[] body, List<String> hostile) {

    /** Builds a request for {@code operation}: mostly well-formed, with one or more hostile parts. */
    public static FuzzRequest build(Operation operation, String user, Random random, Map<String, List<String>> ids) {
        List<String> hostile = new ArrayList<>();
        String target = operation.template();
        for (String param : operation.pathParams()) {
            List<String> known = ids.getOrDefault(param, List.of());
            String segment;
            if (!known.isEmpty() && random.nextInt(10) < 7) {
                segment = known.get(random.nextInt(known.size()));
            } else {
                segment = HostileInput.pathSegment(random);
                hostile.add("path " + param + "=" + RawHttp.abbreviate(segment));
            }
            target = target.replace("{" + param + "}", segment);
        }
        List<String> query = new ArrayList<>();
        for (String param : operation.queryParams()) {
            int pick = random.nextInt(3);
            if (pick == 1) {
                query.add(param + "=" + validQueryValue(param, ids, random));
            } else if (pick == 2) {
                String value = HostileInput.queryValue(random);
                query.add(param + "=" + value);
                hostile.add("query " + param + "=" + RawHttp.abbreviate(value));
            }
        }
        if (random.nextInt(10) == 0) {
            query.add("unexpected=%27");
            hostile.add("unknown query parameter");
        }
        if (!query.isEmpty()) {
            target += "?" + String.join("&", query);
        }

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user + "-pass").getBytes(StandardCharsets.UTF_8)));
        if (random.nextInt(4) == 0) {
            String accept = HostileInput.accept(random);
            headers.put("Accept", accept);
            hostile.add("Accept: " + accept);
        }
        if (random.nextInt(6) == 0) {
            String note = HostileInput.headerValue(random);
            headers.put("X-Client-Note", note);
            hostile.add("X-Client-Note: " + note.chars().mapToObj(c -> c < 0x20 || c >= 0x7f && c < 0xa0
                    ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(Collectors.joining()));
        }
        byte[] body = null;
        if (!operation.method().equals("GET")) {
            if (random.nextInt(4) == 0) {
                String key = HostileInput.idempotencyKey(random);
                headers.put("Idempotency-Key", key);
                hostile.add("Idempotency-Key of " + key.length() + " chars");
            }
            if (random.nextInt(5) == 0) {
                String ifMatch = HostileInput.ifMatch(random);
                headers.put("If-Match", ifMatch);
                hostile.add("If-Match: " + ifMatch);
            }
            String contentType = "application/json";
            if (random.nextInt(8) == 0) {
                contentType = HostileInput.contentType(random);
                hostile.add("Content-Type: " + contentType);
            }
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            body = body(operation.bodySchema(), random, ids, hostile);
        }
        return new FuzzRequest(operation, user, operation.method(), target, headers, body, hostile);
    }

    private static byte[] body(JsonNode schema, Random random, Map<String, List<String>> ids, List<String> hostile) {
        int pick = random.nextInt(10);
        if (pick == 0 || schema == null && pick < 5) {
            byte[] raw = HostileInput.rawBody(random);
            hostile.add("raw body of " + raw.length + " bytes");
            return raw;
        }
        if (schema == null) {
            return null;
        }
        Map<String, String> fields = validObject(schema, random, ids);
        List<String> names = new ArrayList<>(fields.keySet());
        if (pick >= 3 && !names.isEmpty()) {
            int mutations = 1 + random.nextInt(Math.min(3, names.size()));
            for (int i = 0; i < mutations; i++) {
                String field = names.get(random.nextInt(names.size()));
                if (random.nextInt(5) == 0) {
                    fields.remove(field);
                    hostile.add(field + " left out");
                } else {
                    String value = HostileInput.value(random);
                    fields.put(field, value);
                    hostile.add(field + "=" + RawHttp.abbreviate(value));
                }
            }
        }
        if (random.nextInt(10) == 0) {
            fields.put("unexpectedField", HostileInput.value(random));
            hostile.add("unknown field");
        }
        return object(fields).getBytes(StandardCharsets.UTF_8);
    }

    /** A body that a caller with the right role could send successfully, as JSON text per field. */
    private static Map<String, String> validObject(JsonNode schema, Random random, Map<String, List<String>> ids) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
             properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            fields.put(property.getKey(), validValue(property.getKey(), property.getValue(), random, ids));
        }
        return fields;
    }

    private static String validValue(String name, JsonNode schema, Random random, Map<String, List<String>> ids) {
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return "\"" + values.get(random.nextInt(values.size())).asText() + "\"";
        }
        switch (schema.path("type").asText()) {
            case "boolean":
                return Boolean.toString(random.nextBoolean());
            case "integer":
            case "number":
                return "1";
            case "array":
                if (name.equals("present")) {
                    return "[" + String.join(",", ids.getOrDefault("memberId", List.of()).stream()
                            .map(id -> "\"" + id + "\"").toList()) + "]";
                }
                return "[" + validValue(name, schema.path("items"), random, ids) + "]";
            case "object":
                return object(validObject(schema, random, ids));
            default:
                break;
        }
        if ("date".equals(schema.path("format").asText())) {
            return "\"" + LocalDate.now(ZoneId.of("Europe/London")).minusDays(random.nextInt(60)) + "\"";
        }
        List<String> known = ids.get(name);
        if (known != null && !known.isEmpty()) {
            return "\"" + known.get(random.nextInt(known.size())) + "\"";
        }
        return switch (name) {
            case "username", "approvedBy" -> random.nextBoolean() ? "\"volunteer1\"" : "\"manager1\"";
            case "email" -> "\"fuzz@example.org\"";
            default -> "\"fuzz text\"";
        };
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    private static String validQueryValue(String param, Map<String, List<String>> ids, Random random) {
        return switch (param) {
            case "academicYear" -> Integer.toString(2020 + random.nextInt(8));
            case "from" -> LocalDate.now(ZoneId.of("Europe/London")).minusDays(400).toString();
            case "to" -> LocalDate.now(ZoneId.of("Europe/London")).minusDays(random.nextInt(30)).toString();
            case "asOf" -> random.nextBoolean() ? LocalDate.now(ZoneId.of("Europe/London")).toString()
                    : "2026-01-01T00:00:00Z";
            case "worker", "username" -> random.nextBoolean() ? "volunteer1" : "caseworker1";
            case "limit" -> Integer.toString(1 + random.nextInt(100));
            default -> ids.getOrDefault(param, List.of("x")).get(0);
        };
    }

    @Override
    public String toString() {
        return user + " " + method + " " + RawHttp.abbreviate(target) + " (" + operation + ") hostile: " + hostile
                + (body == null ? "" : ", body " + RawHttp.abbreviate(new String(body, StandardCharsets.UTF_8)));
    }
}
