package org.casebook.adapters.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One operation of {@code /v3/api-docs}: what the fuzzer needs to know to build requests for it. */
public record Operation(String method, String template, List<String> pathParams, List<String> queryParams,
                        List<String> headerParams, JsonNode bodySchema) {

    /** Every operation under /api/ that the document publishes. */
    public static List<Operation> all(JsonNode docs) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                List<String> headerParams = new ArrayList<>();
                method.getValue().path("parameters").forEach(parameter -> {
                    String name = parameter.path("name").asText();
                    switch (parameter.path("in").asText()) {
                        case "path" -> pathParams.add(name);
                        case "query" -> queryParams.add(name);
                        case "header" -> headerParams.add(name);
                        default -> { }
                    }
                });
                JsonNode schema = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), pathParams,
                        queryParams, headerParams, schema.isMissingNode() ? null : resolve(docs, schema)));
            }
        }
        return operations;
    }

    /** The schema with every $ref replaced by what it names (the API's schemas are not recursive). */
    static JsonNode resolve(JsonNode docs, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(docs, docs.path("components").path("schemas").path(name));
        }
        if (!schema.isObject()) {
            return schema;
        }
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) schema).deepCopy();
        if (copy.has("properties")) {
            var properties = copy.with("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            names.forEach(field -> properties.set(field, resolve(docs, properties.get(field))));
        }
        if (copy.has("items")) {
            copy.set("items", resolve(docs, copy.get("items")));
        }
        return copy;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
