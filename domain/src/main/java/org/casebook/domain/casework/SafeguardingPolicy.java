package org.casebook.domain.casework;

import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;

/**
 * Confidentiality may be broken without consent only for child protection or civil safety, after a senior member
 * of the service has been told and has advised [002 App. B 9-12]. Casebook asks for both halves in writing: a
 * justification, and the approval of a manager who is not the person recording the disclosure; and it asks which of
 * the two grounds applies ({@link SafeguardingGround}).
 */
final class SafeguardingPolicy {

    private SafeguardingPolicy() {
    }

    static SafeguardingOverride approve(SafeguardingApproval request, Actor actor) {
        if (request.justification() == null || request.justification().isBlank()) {
            throw new SafeguardingApprovalRequired("a safeguarding disclosure needs a written justification");
        }
        if (request.approvedBy() == null || request.approvedBy().isBlank()) {
            throw new SafeguardingApprovalRequired("a safeguarding disclosure needs a manager's approval");
        }
        if (request.approverRole() != StaffRole.MANAGER) {
            throw new SafeguardingApprovalRequired("approvedBy must name a manager");
        }
        if (request.approvedBy().equals(actor.username())) {
            throw new SafeguardingApprovalRequired("the approving manager must be someone other than the recorder");
        }
        if (request.ground() == null) {
            throw new SafeguardingGroundRequired("a safeguarding disclosure names its ground");
        }
        return new SafeguardingOverride(request.justification(), request.approvedBy(), request.ground());
    }
}
