package org.casebook.domain.casework;

import org.casebook.domain.shared.StaffRole;

/**
 * A request to pass information on without consent on safeguarding grounds, naming the ground and the manager who
 * approved it. {@code approverRole} is the approver's role as the service knows it, or null when nobody by that name
 * exists.
 */
public record SafeguardingApproval(String justification, String approvedBy, StaffRole approverRole,
                                   SafeguardingGround ground) {

    public SafeguardingApproval {
        Check.optionalText("justification", justification, Check.LONG_TEXT);
        Check.optionalText("approvedBy", approvedBy, 100);
    }
}
