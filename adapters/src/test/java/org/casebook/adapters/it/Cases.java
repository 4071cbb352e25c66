package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a case into the state a test starts from, through the API like any client would, so that each test shows
 * only the one request it is about. Dates are in the past relative to today in Europe/London, the service's civil
 * time.
 */
final class Cases {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CASEWORKER = "caseworker1";

    private final Api api;

    Cases(Api api) {
        this.api = api;
    }

    static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** An ISO date {@code days} before today in Europe/London. */
    static String daysAgo(int days) {
        return today().minusDays(days).toString();
    }

    /** Tomorrow in Europe/London: a date the service must refuse as being in the future. */
    static String tomorrow() {
        return today().plusDays(1).toString();
    }

    /** A mutable JSON object from alternating names and values; values may be null (unlike {@link Map#of}). */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    /** The body with one field changed (or, with {@link #REMOVE}, left out). */
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == REMOVE) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    static final Object REMOVE = new Object();

    static Map<String, Object> enquiry(String receivedOn) {
        return body("receivedOn", receivedOn, "channel", "PHONE", "enquirerRole", "PARENT", "about", "CHILD",
                "topics", List.of("STATUTORY_ASSESSMENT", "SCHOOL_BASED_SUPPORT"));
    }

    static String path(String caseId) {
        return "/api/cases/" + caseId;
    }

    /** Opens a case at level 1 from an enquiry received 200 days ago. */
    String openEnquiry() {
        return openEnquiry(daysAgo(200));
    }

    String openEnquiry(String receivedOn) {
        Api.Response opened = api.as(CASEWORKER).post("/api/enquiries", enquiry(receivedOn));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("caseId").asText();
    }

    String giveConsent(String caseId, String kind, String givenOn) {
        return succeeded(api.as(CASEWORKER).post(path(caseId) + "/consents", body("kind", kind, "givenOn", givenOn,
                "givenBy", "PARENT", "method", "WRITTEN"))).get("consentId").asText();
    }

    String giveRecordKeepingConsent(String caseId) {
        return giveConsent(caseId, "RECORD_KEEPING", daysAgo(199));
    }

    String giveSharingConsent(String caseId, String recipient, String givenOn) {
        return succeeded(api.as(CASEWORKER).post(path(caseId) + "/consents", body("kind", "INFORMATION_SHARING",
                "givenOn", givenOn, "givenBy", "PARENT", "method", "VERBAL", "recipient", recipient,
                "recipientName", "Hillside Primary"))).get("consentId").asText();
    }

    static Map<String, Object> personalDetails() {
        return body(
                "parent", body("name", "Alex Parent", "address", "1 Harbour Row, Plymouth PL1 1AA",
                        "phone", "01752 000111", "email", "alex.parent@example.org", "preferredLanguage", "English",
                        "preferredContact", "PHONE"),
                "child", body("name", "Sam Parent", "dateOfBirth", "2016-05-04", "school", "Hillside Primary",
                        "needsSummary", "Dyslexia; awaiting statutory assessment"));
    }

    void recordPersonalDetails(String caseId) {
        succeeded(api.as(CASEWORKER).put(path(caseId) + "/personal-details", personalDetails()));
    }

    /** A case raised to level 2: enquiry 200 days ago, record-keeping consent, personal details. */
    String levelTwoCase() {
        String caseId = openEnquiry();
        giveRecordKeepingConsent(caseId);
        recordPersonalDetails(caseId);
        return caseId;
    }

    /**
     * A case at level 2 from the day of its enquiry: the enquiry, record-keeping consent and personal details, all
     * dated {@code receivedOn} (4 events), so that level-2 work dated from then on is accepted [002 §5.8].
     */
    String openLevelTwoEnquiry(String receivedOn) {
        String caseId = openEnquiry(receivedOn);
        giveConsent(caseId, "RECORD_KEEPING", receivedOn);
        recordPersonalDetails(caseId);
        return caseId;
    }

    /** {@link #openLevelTwoEnquiry(String)} 200 days ago. */
    String openLevelTwoEnquiry() {
        return openLevelTwoEnquiry(daysAgo(200));
    }

    void allocate(String caseId, String username) {
        succeeded(api.as(CASEWORKER).post(path(caseId) + "/supporter",
                body("username", username, "role", "IPS_VOLUNTEER")));
    }

    void recordContact(String caseId, String contactOn) {
        succeeded(api.as(CASEWORKER).post(path(caseId) + "/contacts", body("contactOn", contactOn,
                "channel", "PHONE")));
    }

    void close(String caseId, String closedOn) {
        succeeded(api.as(CASEWORKER).post(path(caseId) + "/closure", body("closedOn", closedOn,
                "reason", "Parent's questions answered")));
    }

    JsonNode view(String caseId) {
        Api.Response view = api.as(CASEWORKER).get(path(caseId));
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return view.json();
    }

    JsonNode history(String caseId) {
        Api.Response history = api.as(CASEWORKER).get(path(caseId) + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return history.json();
    }

    List<String> eventTypes(String caseId) {
        List<String> types = new ArrayList<>();
        history(caseId).get("events").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    /** The data of the last event in the case's history. */
    JsonNode lastEvent(String caseId) {
        JsonNode events = history(caseId).get("events");
        return events.get(events.size() - 1);
    }

    private static JsonNode succeeded(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json();
    }
}
