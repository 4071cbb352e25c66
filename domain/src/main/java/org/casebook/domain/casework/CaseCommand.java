package org.casebook.domain.casework;

import org.casebook.domain.shared.Actor;

/** An instruction to a case, from an authenticated person at a server instant. */
public interface CaseCommand {

    CaseId caseId();

    Actor actor();

    /** The case version the caller last saw (HTTP If-Match), or null to act on whatever is current. */
    Long expectedVersion();
}
