package org.casebook.adapters.web.admin;

import org.casebook.domain.shared.NotFound;

/** No read model has that name. */
public class UnknownProjection extends NotFound {

    public UnknownProjection() {
        super("projection");
    }
}
