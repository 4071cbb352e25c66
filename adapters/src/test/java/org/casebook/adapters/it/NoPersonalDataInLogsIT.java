package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Drives the API with personal data, on its happy paths and its error paths (bad JSON, wrong types, rule
 * violations, oversized text, conflicts), with every logger at its most talkative level that the service ships, and
 * checks that no name, address, phone, email or note text reaches a log line or a metric label.
 */
class NoPersonalDataInLogsIT extends PostgresIntegrationTest {

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private String name;
    private String address;
    private String phone;
    private String email;
    private String note;

    @BeforeEach
    void captureEveryLogLine() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        name = "Marigold" + tag;
        address = tag + " Larkspur Lane";
        phone = "07700" + Math.abs(tag.hashCode() % 1_000_000);
        email = "parent." + tag + "@example.org";
        note = "Told us about " + tag + " in confidence";
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
    }

    @Test
    void noPersonalDataReachesTheLogsOrTheMetrics() {
        Cases cases = new Cases(api);
        String caseId = cases.openEnquiry();
        String path = Cases.path(caseId);
        // Refused before consent: the rule's message must not quote the data.
        api.as("caseworker1").put(path + "/personal-details", details());
        cases.giveRecordKeepingConsent(caseId);
        api.as("caseworker1").put(path + "/personal-details", details());
        api.as("caseworker1").post(path + "/notes", Cases.body("writtenOn", Cases.daysAgo(1), "text", note));
        // Error paths that carry the data in the request.
        api.as("caseworker1").post(path + "/notes", "{\"writtenOn\": \"" + Cases.daysAgo(1) + "\", \"text\": \""
                + note + "\", ");
        api.as("caseworker1").post(path + "/notes", Cases.body("writtenOn", name, "text", note));
        api.as("caseworker1").post(path + "/notes", Cases.body("writtenOn", Cases.daysAgo(1), "text", note,
                email, phone));
        api.as("caseworker1").post(path + "/contacts", Cases.body("contactOn", Cases.daysAgo(1), "channel", address));
        api.as("caseworker1").post(path + "/notes", Cases.body("writtenOn", Cases.daysAgo(1),
                "text", note.repeat(2_000)));
        api.as("caseworker1").post(path + "/information-sharing", Cases.body("sharedOn", Cases.daysAgo(1),
                "recipient", "SCHOOL", "purpose", note, "recipientName", name));
        api.as("caseworker1").header("Idempotency-Key", "k-" + caseId).post(path + "/notes",
                Cases.body("writtenOn", Cases.daysAgo(1), "text", note));
        api.as("caseworker1").header("Idempotency-Key", "k-" + caseId).post(path + "/notes",
                Cases.body("writtenOn", Cases.daysAgo(1), "text", note + " again"));
        api.as("caseworker1").get(path + "?asOf=" + name);
        api.as("caseworker1").get("/api/cases/" + name);
        api.as(name).password(phone).get(path);
        api.as("caseworker1").get(path);
        api.as("caseworker1").get(path + "/history");
        api.as("auditor1").get(path + "/history");
        api.as("manager1").get(path + "/subject-access");
        api.as("manager1").post(path + "/erasure", Cases.body("reason", "Parent's request"));
        api.as("caseworker1").get(path + "/history");

        String logs = captured.list.stream()
                .map(event -> event.getFormattedMessage() + " "
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        + " " + event.getMDCPropertyMap())
                .collect(Collectors.joining("\n"));
        String metrics = api.as("manager1").get("/actuator/prometheus").body();

        for (String personal : List.of(name, address, phone, email, note)) {
            assertThat(logs).as("log lines").doesNotContain(personal);
            assertThat(metrics).as("metrics").doesNotContain(personal);
        }
        assertThat(metrics).as("the metrics endpoint answered").contains("http_server_requests");
    }

    private java.util.Map<String, Object> details() {
        return Cases.body("parent", Cases.body("name", name, "address", address, "phone", phone, "email", email),
                "child", Cases.body("name", name + " Junior", "needsSummary", note));
    }
}
