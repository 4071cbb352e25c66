package org.casebook.domain.casework;

import org.casebook.domain.shared.NotFound;

/**
 * The case, or a consent, referral or complaint on it, does not exist for this caller. A volunteer asking about a
 * case not allocated to them gets this too, so that nobody learns a case exists that they may not see.
 */
public class CaseRecordNotFound extends NotFound {

    public CaseRecordNotFound(String what) {
        super(what);
    }
}
