package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Checks on the contract's error responses: RFC 9457 problems, and that a refused command appended nothing. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** An application/problem+json response with the given status and the usual members. */
    static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("Content-Type of " + response)
                .startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).as(response.toString()).isEqualTo(status);
        assertThat(problem.path("type").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.path("title").asText()).as(response.toString()).isNotBlank();
        assertThat(problem.has("detail")).as(response.toString()).isTrue();
        return problem;
    }

    /** A problem whose type names the rule, e.g. "/problems/consent-required". */
    static JsonNode assertProblem(Api.Response response, int status, String type) {
        JsonNode problem = assertProblem(response, status);
        assertThat(response.problemType()).as(response.toString()).isEqualTo(type);
        return problem;
    }

    static JsonNode assertRuleBroken(Api.Response response, String rule) {
        return assertProblem(response, 409, "/problems/" + rule);
    }

    /** A 400 problem naming {@code field} among its errors, with a message. */
    static JsonNode assertInvalid(Api.Response response, String field) {
        JsonNode problem = assertProblem(response, 400);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> {
            fields.add(error.path("field").asText());
            assertThat(error.path("message").asText()).as(response.toString()).isNotBlank();
        });
        assertThat(fields).as(response.toString()).contains(field);
        return problem;
    }

    /** A 400 problem with at least one field error whose field starts with {@code prefix} (e.g. "topics[0]"). */
    static JsonNode assertInvalidStartingWith(Api.Response response, String prefix) {
        JsonNode problem = assertProblem(response, 400);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).as(response.toString()).anySatisfy(field -> assertThat(field).startsWith(prefix));
        return problem;
    }

    /** Sends the request and checks that the case's stored events did not change. */
    static Api.Response appendsNothingTo(String caseId, Supplier<Api.Response> request) {
        long before = PostgresIntegrationTest.storedEventCount(caseId);
        Api.Response response = request.get();
        assertThat(PostgresIntegrationTest.storedEventCount(caseId)).as("events of case after " + response)
                .isEqualTo(before);
        return response;
    }

    /** Sends the request and checks that no event at all was stored (for requests that would open a case). */
    static Api.Response appendsNothing(Supplier<Api.Response> request) {
        long before = PostgresIntegrationTest.storedEventCount();
        Api.Response response = request.get();
        assertThat(PostgresIntegrationTest.storedEventCount()).as("events stored after " + response)
                .isEqualTo(before);
        return response;
    }
}
