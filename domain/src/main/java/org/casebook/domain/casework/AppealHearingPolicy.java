package org.casebook.domain.casework;

import org.casebook.domain.shared.Actor;

/**
 * Support at an Independent Appeals Panel or the SEND Tribunal [002 §4.7, §4.8]. "It is unreasonable to expect an
 * IPS to take on such a demanding task", so staff give it; and they do so only with a full declaration of the
 * service as the LA's in-house but arm's-length service, the parent being made aware of the conflict of interest.
 */
final class AppealHearingPolicy {

    private AppealHearingPolicy() {
    }

    static void check(Actor actor, boolean inHouseDeclarationGiven) {
        if (actor.isVolunteer()) {
            throw new StaffOnly("support at an appeal panel or tribunal is given by staff");
        }
        if (!inHouseDeclarationGiven) {
            throw new DeclarationRequired("the in-house, arm's-length declaration must be given to the parent first");
        }
    }
}
