package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published OpenAPI description, its browsable UI, and the health probe, none of which needs a login. */
class ApiDocsIT extends PostgresIntegrationTest {

    @Test
    void publishesTheApiAsOpenApi() {
        Api.Response docs = api.as(null).get("/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.header("Content-Type")).contains("json");
        assertThat(docs.json().get("openapi").asText()).startsWith("3.");
    }

    @Test
    void theOpenApiDescriptionNamesEveryCasePath() {
        JsonNode paths = api.as(null).get("/v3/api-docs").json().get("paths");

        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("/api/enquiries", "/api/cases/{caseId}", "/api/cases/{caseId}/history",
                "/api/cases/{caseId}/consents", "/api/cases/{caseId}/consents/{consentId}/withdrawal",
                "/api/cases/{caseId}/personal-details", "/api/cases/{caseId}/notes", "/api/cases/{caseId}/contacts",
                "/api/cases/{caseId}/supporter", "/api/cases/{caseId}/meetings",
                "/api/cases/{caseId}/information-sharing", "/api/cases/{caseId}/appealable-decisions",
                "/api/cases/{caseId}/appealable-decisions/{decisionId}/mediation-certificate",
                "/api/cases/{caseId}/mediation-referrals",
                "/api/cases/{caseId}/mediation-referrals/{referralId}/outcome",
                "/api/cases/{caseId}/impartiality-concerns", "/api/cases/{caseId}/signposting",
                "/api/cases/{caseId}/evaluation-requests", "/api/cases/{caseId}/evaluations",
                "/api/cases/{caseId}/complaints", "/api/cases/{caseId}/complaints/{complaintId}/response",
                "/api/cases/{caseId}/closure", "/api/cases/{caseId}/reopening");
        assertThat(paths.at("/~1api~1cases~1{caseId}~1personal-details/put").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1enquiries/post").isMissingNode()).isFalse();
    }

    /** Each operation is described with its own body, even where two bodies share a Java simple name. */
    @Test
    void everyRequestBodyIsDescribedWithItsOwnFields() {
        JsonNode docs = api.as(null).get("/v3/api-docs").json();

        assertThat(bodyFields(docs, "/api/cases/{caseId}/meetings")).contains("meetingType").doesNotContain("present");
        assertThat(bodyFields(docs, "/api/development-group/meetings")).contains("present").doesNotContain("meetingType");
        assertThat(bodyFields(docs, "/api/cases/{caseId}/appealable-decisions")).contains("kind")
                .doesNotContain("motion");
        assertThat(bodyFields(docs, "/api/development-group/meetings/{meetingId}/decisions")).contains("motion")
                .doesNotContain("kind");
    }

    private static List<String> bodyFields(JsonNode docs, String path) {
        String ref = docs.get("paths").get(path).get("post").at("/requestBody/content/application~1json/schema/$ref")
                .asText();
        JsonNode schema = docs.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/properties");
        List<String> fields = new ArrayList<>();
        schema.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void servesTheBrowsableUi() {
        Api.Response response = api.as(null).get("/swagger-ui.html");
        for (int redirects = 0; redirects < 5 && response.status() / 100 == 3; redirects++) {
            URI location = URI.create(response.header("Location"));
            String next = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
            response = api.as(null).get(next);
        }

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("text/html");
        assertThat(response.body()).containsIgnoringCase("swagger");
    }

    @Test
    void reportsHealthWithoutALogin() {
        Api.Response health = api.as(null).get("/actuator/health");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }
}
