package org.casebook.domain.developmentgroup;

import org.casebook.domain.shared.Actor;

/**
 * An instruction to the Development Group's record, from an authenticated person at a server instant. Every
 * command goes to the one group stream, {@link DevelopmentGroup#ID}.
 */
public interface GroupCommand {

    Actor actor();

    /** The group version the caller last saw (HTTP If-Match), or null to act on whatever is current. */
    Long expectedVersion();
}
