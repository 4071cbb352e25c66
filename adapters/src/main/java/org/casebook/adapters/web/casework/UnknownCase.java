package org.casebook.adapters.web.casework;

import org.casebook.domain.shared.NotFound;

/** The case does not exist, or the caller may not know that it does. */
public class UnknownCase extends NotFound {

    public UnknownCase() {
        super("case");
    }
}
