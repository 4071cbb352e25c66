package org.casebook.adapters.web.casework;

import java.util.function.Function;
import org.casebook.adapters.web.http.PathIds;
import org.casebook.domain.casework.CaseRecordNotFound;
import org.casebook.domain.casework.ComplaintId;
import org.casebook.domain.casework.ConsentId;
import org.casebook.domain.casework.DecisionId;
import org.casebook.domain.casework.MeetingId;
import org.casebook.domain.casework.ReferralId;

/** Path identifiers: one that is not even well formed names nothing, so it is a 404 like any unknown one. */
final class Ids {

    private Ids() {
    }

    static ConsentId consent(String value) {
        return parse(value, ConsentId::of, "consent");
    }

    static MeetingId meeting(String value) {
        return parse(value, MeetingId::of, "meeting");
    }

    static ReferralId referral(String value) {
        return parse(value, ReferralId::of, "mediation referral");
    }

    static DecisionId decision(String value) {
        return parse(value, DecisionId::of, "appealable decision");
    }

    static ComplaintId complaint(String value) {
        return parse(value, ComplaintId::of, "complaint");
    }

    private static <T> T parse(String value, Function<String, T> parser, String what) {
        return PathIds.parse(value, parser, () -> new CaseRecordNotFound(what));
    }
}
