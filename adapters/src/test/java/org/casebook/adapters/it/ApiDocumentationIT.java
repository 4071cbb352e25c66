package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md is the page a client writes against, so it must keep up with the service: every operation the running
 * service publishes in {@code /v3/api-docs} is named there as {@code METHOD /path}. Path variables may be named
 * differently on the page ({@code {id}} for {@code {caseId}}); only their places count. Also checks the document's
 * own description: title, version from the build, and how to sign in.
 */
class ApiDocumentationIT extends PostgresIntegrationTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern NAMED = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) (/[A-Za-z0-9_{}./-]+)");

    @Test
    void everyPublishedOperationIsNamedInTheApiPage() throws IOException {
        Set<String> documented = operationsNamedIn(apiPage());
        JsonNode paths = api.as(null).get("/v3/api-docs").json().get("paths");

        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    String operation = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                    if (!documented.contains(normalised(operation))) {
                        missing.add(operation);
                    }
                }
            }
        }
        assertThat(missing).as("operations in /v3/api-docs that docs/api.md does not name").isEmpty();
        assertThat(documented).as("the page names the contract's first and last operations")
                .contains("POST /api/enquiries", "GET /api/cases/{}/history", "GET /api/caseload");
    }

    @Test
    void theDocumentHasATitleAVersionFromTheBuildADescriptionAndTheWayToSignIn() {
        JsonNode docs = api.as(null).get("/v3/api-docs").json();

        assertThat(docs.at("/info/title").asText()).isEqualTo("Casebook API");
        assertThat(docs.at("/info/version").asText()).isNotBlank().isNotEqualTo("v0")
                .matches("\\d+\\.\\d+.*");
        assertThat(docs.at("/info/description").asText()).contains("docs/api.md");
        // The tests run with the demo profile: HTTP Basic, applied to every operation.
        assertThat(docs.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
        assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(docs.at("/components/securitySchemes/bearer").isMissingNode()).isTrue();
        assertThat(docs.at("/security/0/basic").isArray()).isTrue();
    }

    static Set<String> operationsNamedIn(String page) {
        Set<String> named = new TreeSet<>();
        Matcher operation = NAMED.matcher(page);
        while (operation.find()) {
            String path = operation.group(2).replaceAll("[.]+$", "");
            named.add(normalised(operation.group(1) + " " + path));
        }
        return named;
    }

    private static String normalised(String operation) {
        return operation.replaceAll("\\{[^}]*}", "{}");
    }

    private static String apiPage() throws IOException {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            Path page = dir.resolve("docs/api.md");
            if (Files.exists(page)) {
                return Files.readString(page, StandardCharsets.UTF_8);
            }
        }
        throw new IllegalStateException("docs/api.md not found above " + module);
    }
}
