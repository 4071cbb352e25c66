package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract's role table, checked against every operation the service publishes in {@code /v3/api-docs}: each
 * role is refused (403) exactly where the table says, anonymous callers always get 401, and an operation that the
 * table below does not cover fails the build, so nothing new can be added without deciding who may call it.
 */
class RoleTableIT extends PostgresIntegrationTest {

    private static final String CW = "caseworker1";
    private static final String VOL = "volunteer1";
    private static final String MGR = "manager1";
    private static final String AUD = "auditor1";
    private static final String DG = "dg1";
    private static final List<String> EVERYONE = List.of(CW, VOL, MGR, AUD, DG);

    /** Who may call what (contract, "Users and roles"), first match wins. */
    private record Rule(String method, Pattern path, Set<String> allowed) {
    }

    private static final List<Rule> TABLE = List.of(
            rule("POST", "/api/enquiries", CW, MGR),
            rule("POST", "/api/cases/{}/erasure", MGR),
            rule("POST", "/api/cases/{}/subject-access-requests", MGR),
            rule("GET", "/api/cases/{}/subject-access", MGR),
            rule("POST", "/api/cases/**", CW, VOL, MGR),
            rule("PUT", "/api/cases/**", CW, VOL, MGR),
            rule("GET", "/api/cases/**", CW, VOL, MGR, AUD),
            rule("GET", "/api/caseload", CW, VOL, MGR),
            rule("POST", "/api/compliments", CW, VOL, MGR),
            rule("GET", "/api/reports/impartiality", MGR, AUD),
            rule("GET", "/api/reports/development-group", CW, MGR, AUD, DG),
            rule("GET", "/api/development-group/**", MGR, DG),
            rule("POST", "/api/development-group/**", MGR),
            rule("GET", "/api/audit/integrity", AUD, MGR),
            rule("GET", "/api/audit/access", MGR),
            rule("GET", "/api/admin/**", MGR),
            rule("POST", "/api/admin/**", MGR));

    /** Operations whose allowed call would change more than its own test data; only refusals are checked. */
    private static final Set<String> NOT_CALLED_WHEN_ALLOWED = Set.of("POST /api/admin/retention/run",
            "POST /api/cases/{caseId}/erasure");

    @Test
    void everyPublishedOperationFollowsTheRoleTable() {
        JsonNode docs = api.as(null).get("/v3/api-docs").json();
        List<String> uncovered = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = docs.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase(Locale.ROOT);
                String template = path.getKey();
                if (!template.startsWith("/api/")) {
                    continue;
                }
                Rule rule = TABLE.stream().filter(r -> r.method().equals(method)
                        && r.path().matcher(template).matches()).findFirst().orElse(null);
                if (rule == null) {
                    uncovered.add(method + " " + template);
                    continue;
                }
                String concrete = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                int anonymous = call(null, method, concrete);
                if (anonymous != 401) {
                    wrong.add(method + " " + template + " anonymous -> " + anonymous);
                }
                for (String user : EVERYONE) {
                    boolean allowed = rule.allowed().contains(user);
                    if (allowed && NOT_CALLED_WHEN_ALLOWED.contains(method + " " + template)) {
                        continue;
                    }
                    int status = call(user, method, concrete);
                    if (allowed ? (status == 401 || status == 403 || status >= 500) : status != 403) {
                        wrong.add(method + " " + template + " as " + user + " -> " + status
                                + (allowed ? " (allowed by the table)" : " (the table refuses it)"));
                    }
                    checked++;
                }
            }
        }
        if (!uncovered.isEmpty()) {
            fail("Operations with no rule in the role table: " + uncovered);
        }
        assertThat(wrong).as("responses that break the role table").isEmpty();
        assertThat(checked).as("role checks made").isGreaterThan(150);
    }

    /**
     * The API is stateless: no form login, no logout, no saved request to redirect back to. Paths outside the table
     * are refused as such (403 with valid credentials, 401 without), never answered with a redirect.
     */
    @Test
    void noLoginOrLogoutPagesBehindTheApi() {
        for (String path : List.of("/logout", "/login")) {
            assertThat(call(MGR, "POST", path)).as("POST " + path + " as a manager").isEqualTo(403);
            assertThat(call(MGR, "GET", path)).as("GET " + path + " as a manager").isEqualTo(403);
            assertThat(call(null, "POST", path)).as("POST " + path + " anonymously").isEqualTo(401);
        }
        Api.Response refused = api.as(null).get("/api/caseload");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Location")).as("no redirect to a login page").isNull();
        assertThat(refused.header("Set-Cookie")).as("no session for a saved request").isNull();
    }

    private int call(String user, String method, String path) {
        Api.Call call = api.as(user);
        return switch (method) {
            case "GET" -> call.get(path).status();
            case "POST" -> call.post(path, "{}").status();
            case "PUT" -> call.put(path, "{}").status();
            default -> call.send(method, path, null).status();
        };
    }

    private static Rule rule(String method, String path, String... allowed) {
        String regex = Pattern.quote(path).replace("{}", "\\E[^/]+\\Q").replace("/**", "\\E(/.*)?\\Q");
        return new Rule(method, Pattern.compile(regex.replace("\\Q\\E", "")), Set.of(allowed));
    }
}
