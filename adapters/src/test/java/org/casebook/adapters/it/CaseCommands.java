package org.casebook.adapters.it;

import static org.casebook.adapters.it.Cases.body;
import static org.casebook.adapters.it.Cases.daysAgo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every command of the contract's "Cases: commands" table on an existing case, each with a body that is valid on
 * its own (dates in the past, ids of consents, referrals and complaints that do not exist), for the tests that
 * check something every command must do alike: roles, invisibility to volunteers, closed cases.
 */
final class CaseCommands {

    private CaseCommands() {
    }

    record Command(String name, String method, String suffix, Map<String, Object> body) {

        Api.Response sendTo(Api.Call call, String caseId) {
            return call.send(method, Cases.path(caseId) + suffix, body);
        }

        @Override
        public String toString() {
            return method + " " + suffix;
        }
    }

    static List<Command> all() {
        String someone = UUID.randomUUID().toString();
        return List.of(
                new Command("consent", "POST", "/consents", body("kind", "RECORD_KEEPING", "givenOn", daysAgo(10),
                        "givenBy", "PARENT", "method", "VERBAL")),
                new Command("withdrawal", "POST", "/consents/" + someone + "/withdrawal",
                        body("withdrawnOn", daysAgo(5))),
                new Command("personal details", "PUT", "/personal-details", Cases.personalDetails()),
                new Command("note", "POST", "/notes", body("writtenOn", daysAgo(5), "text", "Talked it through")),
                new Command("contact", "POST", "/contacts", body("contactOn", daysAgo(5), "channel", "EMAIL")),
                new Command("supporter", "POST", "/supporter", body("username", "volunteer2", "role", "IPS_VOLUNTEER")),
                new Command("meeting", "POST", "/meetings", body("meetingType", "ANNUAL_REVIEW", "heldOn", daysAgo(5),
                        "support", List.of("ATTENDED"))),
                new Command("information sharing", "POST", "/information-sharing", body("sharedOn", daysAgo(5),
                        "recipient", "SCHOOL", "purpose", "Ask for the IEP")),
                new Command("appealable decision", "POST", "/appealable-decisions", body("kind", "SEN_DECISION",
                        "effectiveOn", daysAgo(5), "decisionType", "ASSESSMENT_REFUSED")),
                new Command("mediation certificate", "POST", "/appealable-decisions/" + someone
                        + "/mediation-certificate", body("issuedOn", daysAgo(2))),
                new Command("mediation referral", "POST", "/mediation-referrals", body("referredOn", daysAgo(5),
                        "provider", "Mediation South West", "reason", "ASSESSMENT_REFUSED", "referredBy", "PARENT")),
                new Command("mediation outcome", "POST", "/mediation-referrals/" + someone + "/outcome",
                        body("concludedOn", daysAgo(2), "outcome", "AGREEMENT")),
                new Command("impartiality concern", "POST", "/impartiality-concerns", body("raisedOn", daysAgo(5),
                        "detail", "You work for the council")),
                new Command("signposting", "POST", "/signposting", body("givenOn", daysAgo(5),
                        "organisations", List.of("IPSEA"))),
                new Command("evaluation request", "POST", "/evaluation-requests", body("sentOn", daysAgo(5))),
                new Command("evaluation", "POST", "/evaluations", body("returnedOn", daysAgo(2),
                        "wentWell", List.of("LISTENING"), "usefulness", "USEFUL", "impartial", "YES")),
                new Command("complaint", "POST", "/complaints", body("receivedOn", daysAgo(5),
                        "summary", "Nobody called back")),
                new Command("complaint response", "POST", "/complaints/" + someone + "/response",
                        body("respondedOn", daysAgo(2), "escalated", false)),
                new Command("closure", "POST", "/closure", body("closedOn", daysAgo(1), "reason", "Resolved")),
                new Command("reopening", "POST", "/reopening", body("reopenedOn", daysAgo(1))));
    }

    static Stream<Command> every() {
        return all().stream();
    }

    /** What a closed case still takes besides a reopening (contract, "Closed cases"). */
    static final java.util.Set<String> FOLLOW_UP = java.util.Set.of("evaluation request", "evaluation",
            "complaint response", "signposting", "impartiality concern");

    /**
     * Every command a closed case refuses: all but the reopening, the follow-up of its casework and the withdrawal
     * of a consent (a data-protection action).
     */
    static Stream<Command> everyButReopening() {
        return all().stream().filter(command -> !command.name().equals("reopening")
                && !command.name().equals("withdrawal") && !FOLLOW_UP.contains(command.name()));
    }

    static Stream<Command> followUp() {
        return all().stream().filter(command -> FOLLOW_UP.contains(command.name()));
    }
}
