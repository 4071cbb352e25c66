package org.casebook.domain.shared;

/**
 * Something the caller asked for does not exist, or the caller may not know that it does. Every "not found" in the
 * service is one of these and is answered the same way (404, problem type {@code not-found}); the message names only
 * the kind of thing ("case not found"), never an identifier or other request data.
 */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String what) {
        super(what + " not found");
    }
}
