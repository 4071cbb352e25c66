package org.casebook.loadtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The commands a virtual client records on one case, shaped like HistoryGenerator's service years: every case starts
 * with an enquiry; about three in five stay level 1 (a signposting, a contact, sometimes a closure); the others become
 * casework: record-keeping consent, personal details, a supporter, contacts and meetings, and some of: a sharing
 * consent with sharing to the school, a note, an evaluation request and the returned form, signposting, an appealable
 * decision. Dates move forward from about eleven months ago and never pass yesterday (Europe/London).
 */
final class CaseScript {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One command on the case; {@code suffix} follows /api/cases/{id} (null for the enquiry). */
    record Step(String name, String method, String suffix, String body, List<String> eventTypes) {
    }

    private static final String[] CHANNELS = {"PHONE", "PHONE", "PHONE", "EMAIL", "FACE_TO_FACE", "LETTER", "WEBSITE"};
    private static final String[] ROLES = {"PARENT", "PARENT", "PARENT", "CARER", "SCHOOL", "HEALTH", "OTHER"};
    private static final String[] TOPICS = {"STATUTORY_ASSESSMENT", "SCHOOL_BASED_SUPPORT", "EXCLUSION", "TRANSPORT",
            "STATEMENT", "BEHAVIOUR", "TRANSITION", "BULLYING", "TRIBUNAL_APPEAL"};
    private static final String[] MEETINGS = {"ANNUAL_REVIEW", "STATUTORY_ASSESSMENT", "IEP_REVIEW", "SCHOOL_MEETING",
            "EXCLUSION_APPEAL", "MEDIATION"};
    private static final String[][] SUPPORTERS = {{"caseworker1", "STAFF"}, {"caseworker2", "STAFF"},
            {"volunteer1", "IPS_VOLUNTEER"}, {"volunteer2", "IPS_VOLUNTEER"}};
    private static final String[] ORGANISATIONS = {"ACE", "IPSEA", "NETWORK_81", "CITIZENS_ADVICE", "SEND_TRIBUNAL"};

    private final Random random;
    private final LocalDate yesterday;
    private LocalDate day;

    CaseScript(Random random) {
        this.random = random;
        this.yesterday = LocalDate.now(LONDON).minusDays(1);
        this.day = yesterday.minusDays(300 + random.nextInt(40));
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("enquiry", "POST", null, json(body("receivedOn", next(),
                "channel", pick(CHANNELS), "enquirerRole", pick(ROLES), "about", "CHILD",
                "topics", List.of(pick(TOPICS), pick(TOPICS)))), List.of("EnquiryReceived")));
        if (random.nextInt(5) < 3) {
            if (random.nextBoolean()) {
                steps.add(signposting());
            }
            if (random.nextBoolean()) {
                steps.add(contact());
            }
            if (random.nextInt(10) < 3) {
                steps.add(step("closure", "POST", "/closure", body("closedOn", next(),
                        "reason", "Questions answered"), "CaseClosed"));
            }
            return steps;
        }
        steps.add(step("consent", "POST", "/consents", body("kind", "RECORD_KEEPING", "givenOn", next(),
                "givenBy", "PARENT", "method", pick(new String[] {"VERBAL", "WRITTEN", "ELECTRONIC"})),
                "ConsentGiven"));
        steps.add(new Step("personal details", "PUT", "/personal-details", json(personalDetails()),
                List.of("PersonalDetailsRecorded", "CaseworkOpened")));
        String[] supporter = SUPPORTERS[random.nextInt(SUPPORTERS.length)];
        steps.add(step("supporter", "POST", "/supporter", body("username", supporter[0], "role", supporter[1]),
                "SupporterAllocated"));
        int contacts = 1 + random.nextInt(3);
        for (int i = 0; i < contacts; i++) {
            steps.add(contact());
        }
        int meetings = 1 + random.nextInt(2);
        for (int i = 0; i < meetings; i++) {
            steps.add(step("meeting", "POST", "/meetings", body("meetingType", pick(MEETINGS), "heldOn", next(),
                    "support", List.of("PREPARATION", "ATTENDED"), "viewsConveyedForParent", random.nextBoolean(),
                    "conveyedViewsConfirmedWithParent", random.nextBoolean(), "notesOfferedToParent", true,
                    "inHouseDeclarationGiven", true), "MeetingSupported"));
        }
        if (random.nextBoolean()) {
            String consentedOn = next();
            steps.add(step("sharing consent", "POST", "/consents", body("kind", "INFORMATION_SHARING",
                    "givenOn", consentedOn, "givenBy", "PARENT", "method", "WRITTEN", "recipient", "SCHOOL",
                    "recipientName", "Hillside Primary"), "ConsentGiven"));
            steps.add(step("information sharing", "POST", "/information-sharing", body("sharedOn", next(),
                    "recipient", "SCHOOL", "purpose", "Ask for the IEP and the last review's notes",
                    "recipientName", "Hillside Primary"), "InformationShared"));
        }
        if (random.nextInt(10) < 3) {
            steps.add(step("note", "POST", "/notes", body("writtenOn", next(),
                    "text", "Talked through the draft statement; parent will send the school's report"),
                    "CaseNoteWritten"));
        }
        if (random.nextInt(10) < 4) {
            steps.add(step("evaluation request", "POST", "/evaluation-requests", body("sentOn", next()),
                    "EvaluationRequestSent"));
            steps.add(step("evaluation", "POST", "/evaluations", body("returnedOn", next(),
                    "wentWell", List.of("LISTENING", "FINDING_WAYS_FORWARD"),
                    "usefulness", pick(new String[] {"USEFUL", "VERY_USEFUL", "EXCELLENT"}),
                    "impartial", pick(new String[] {"YES", "VERY", "ALWAYS"}),
                    "couldDoBetter", "Call back sooner", "willingToBeContacted", random.nextBoolean()),
                    "EvaluationReturned"));
        }
        if (random.nextInt(10) < 3) {
            steps.add(signposting());
        }
        if (random.nextInt(10) < 2) {
            steps.add(step("appealable decision", "POST", "/appealable-decisions", body("kind", "SEN_DECISION",
                    "effectiveOn", next(), "decisionType", "ASSESSMENT_REFUSED"), "AppealableDecisionRecorded"));
        }
        return steps;
    }

    private Step contact() {
        return step("contact", "POST", "/contacts", body("contactOn", next(),
                "channel", pick(new String[] {"PHONE", "EMAIL", "FACE_TO_FACE"})), "ContactRecorded");
    }

    private Step signposting() {
        return step("signposting", "POST", "/signposting", body("givenOn", next(),
                "organisations", List.of(pick(ORGANISATIONS))), "SignpostingGiven");
    }

    private Map<String, Object> personalDetails() {
        int n = random.nextInt(100_000);
        return body(
                "parent", body("name", "Parent " + n, "address", n + " Harbour Row, Plymouth PL1 1AA",
                        "phone", "01752 " + String.format("%06d", n), "email", "parent" + n + "@example.org",
                        "preferredLanguage", "English", "preferredContact", "PHONE"),
                "child", body("name", "Child " + n, "dateOfBirth", "2016-05-04", "school", "Hillside Primary",
                        "needsSummary", "Dyslexia; awaiting statutory assessment"));
    }

    private Step step(String name, String method, String suffix, Map<String, Object> body, String eventType) {
        return new Step(name, method, suffix, json(body), List.of(eventType));
    }

    private String next() {
        day = day.plusDays(1 + random.nextInt(6));
        if (day.isAfter(yesterday)) {
            day = yesterday;
        }
        return day.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private static String json(Map<String, Object> body) {
        try {
            return Http.JSON.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
