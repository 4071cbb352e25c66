package org.casebook.adapters.privacy;

/**
 * This node cannot unwrap a case's key because another master key wrapped it: the node is misconfigured (a missing
 * {@code CASEBOOK_PREVIOUS_MASTER_KEY_FILES} after a rotation, or a copy of the database started with a new key). It
 * may still show sealed fields as "[unreadable]", but it must not seal new personal data, so commands that would are
 * refused as unavailable (503), not failed as a fault (500): another node, or this one once given its key, will
 * accept them. The message names the settings, never the case or its data.
 */
public class CaseKeyUnreadable extends IllegalStateException {

    public CaseKeyUnreadable() {
        super("a case key is wrapped by a master key this node does not hold; check CASEBOOK_MASTER_KEY_FILE and"
                + " CASEBOOK_PREVIOUS_MASTER_KEY_FILES");
    }
}
