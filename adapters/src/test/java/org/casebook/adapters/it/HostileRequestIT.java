package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothing;
import static org.casebook.adapters.it.ProblemAssertions.appendsNothingTo;
import static org.casebook.adapters.it.ProblemAssertions.assertInvalid;
import static org.casebook.adapters.it.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.casebook.adapters.it.fuzz.RawHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What ApiFuzzIT found, one request each, so that a regression names itself. */
class HostileRequestIT extends PostgresIntegrationTest {

    private static final String CW = "caseworker1";

    @Nested
    class RefusedBeforeTheControllers {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"%00", "%5C", "..%2F..%2Fetc%2Fpasswd"})
        void aPathTomcatCannotDecodeIsAProblemNotAnHtmlPage(String segment) {
            RawHttp.Reply reply = raw("GET", "/api/cases/" + segment, Map.of());

            assertIsProblem(reply, 400);
            assertThat(reply.body()).doesNotContain("<html", "Tomcat");
        }

        @Test
        void aRequestLineLongerThanTomcatReadsIsAProblemNotAnHtmlPage() {
            RawHttp.Reply reply = raw("GET", "/api/cases/" + "b".repeat(9_000), Map.of());

            assertIsProblem(reply, 400);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"x;jsessionid=1", "%25", "%2e%2e", "a//b"})
        void aPathTheFirewallRefusesIsAProblemThatDoesNotEchoIt(String segment) {
            RawHttp.Reply reply = raw("GET", "/api/cases/" + segment, Map.of());

            assertIsProblem(reply, 400);
            assertThat(reply.body()).doesNotContain(segment).doesNotContain("timestamp");
        }

        /**
         * The firewall's header rules (RequestFirewall): a C1 control character in a header of a command is refused,
         * whether the command reads that header (Idempotency-Key) or only Spring MVC does, reading them all for a body.
         */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"X-Note", "Idempotency-Key"})
        void aControlCharacterInAHeaderOfACommandIsRefusedAndRecordsNothing(String header) throws Exception {
            long before = storedEventCount();

            RawHttp.Reply reply = enquiryWith(header, "a\u0085b");

            assertIsProblem(reply, 400);
            assertThat(storedEventCount()).isEqualTo(before);
        }

        /**
         * Headers that an interceptor or Spring MVC reads on a read, each refused with the same problem wherever it is
         * read. Accept is read again to choose the format of any answer: until FirewallRefusals, a 400 with no body.
         */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Casebook-After", "Accept"})
        void aControlCharacterInAHeaderOfAReadIsRefusedAsAProblem(String header) {
            RawHttp.Reply reply = raw("GET", "/api/caseload?worker=" + CW, Map.of(header, "1\u0085"));

            assertIsProblem(reply, 400);
        }

        /** The firewall checks only the headers that are read: one nobody reads does not stop a read. */
        @Test
        void aControlCharacterInAHeaderNobodyReadsDoesNotStopARead() {
            RawHttp.Reply reply = raw("GET", "/api/caseload?worker=" + CW, Map.of("X-Client-Note", "1\u0085"));

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }

        @Test
        void aControlCharacterInTheCredentialsIsRefusedAsAProblem() {
            RawHttp.Reply reply = new RawHttp(port).send("GET", "/api/caseload?worker=" + CW,
                    Map.of("Authorization", "Basic \u0085"), null);

            assertIsProblem(reply, 400);
        }

        @Test
        void aTabInAHeaderValueIsAllowed() throws Exception {
            RawHttp.Reply reply = enquiryWith("X-Note", "a\tb");

            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }

        private RawHttp.Reply enquiryWith(String header, String value) throws Exception {
            byte[] enquiry = new ObjectMapper().writeValueAsBytes(Cases.enquiry(Cases.daysAgo(1)));
            return raw("POST", "/api/enquiries", Map.of("Content-Type", "application/json", header, value), enquiry);
        }
    }

    @Nested
    class AnAnswerTheCallerWillNotAccept {

        @ParameterizedTest(name = "Accept: {0}")
        @ValueSource(strings = {"text/csv", "text/html", "application/xml", "garbage/;;"})
        void refusesTheCommandBeforeItRecordsAnything(String accept) {
            String caseId = new Cases(api).levelTwoCase();

            Api.Response refused = appendsNothingTo(caseId, () -> api.as(CW).header("Accept", accept)
                    .post(Cases.path(caseId) + "/contacts", Cases.body("contactOn", Cases.daysAgo(1),
                            "channel", "PHONE")));

            // An unreadable Accept header leaves Spring nothing it may write, so that 406 has no body at all.
            assertThat(refused.status()).as(refused.toString()).isEqualTo(406);
            if (!refused.body().isEmpty()) {
                assertProblem(refused, 406);
            }
        }

        @Test
        void stillRecordsACommandForACallerThatAcceptsJson() {
            String caseId = new Cases(api).levelTwoCase();

            Api.Response recorded = api.as(CW).header("Accept", "application/problem+json, application/json;q=0.9")
                    .post(Cases.path(caseId) + "/contacts", Cases.body("contactOn", Cases.daysAgo(1),
                            "channel", "PHONE"));

            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
    }

    @Nested
    class TheNulCharacter {

        @Test
        void inAQueryParameterIsRefusedNotAnInternalError() {
            Api.Response refused = api.as(CW).get("/api/caseload?worker=%00");

            assertInvalid(refused, "query");
        }

        @Test
        void inABodyStringIsRefusedAndRecordsNothing() {
            Api.Response refused = appendsNothing(() -> api.as("manager1").post("/api/development-group/members",
                    Cases.body("name", "a\u0000b", "constituency", "PARENT", "chair", false)));

            assertInvalid(refused, "name");
        }
    }

    private RawHttp.Reply raw(String method, String target, Map<String, String> headers) {
        return raw(method, target, headers, null);
    }

    private RawHttp.Reply raw(String method, String target, Map<String, String> headers, byte[] body) {
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((CW + ":" + CW + "-pass")
                .getBytes(StandardCharsets.UTF_8)));
        return new RawHttp(port).send(method, target, all, body);
    }

    private static void assertIsProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.body()).as(reply.toString()).contains("\"status\":" + status).contains("\"type\":\"/problems/");
    }
}
