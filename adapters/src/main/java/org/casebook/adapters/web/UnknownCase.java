package org.casebook.adapters.web;

/** The case does not exist, or the caller may not know that it does. */
public class UnknownCase extends RuntimeException {

    public UnknownCase() {
        super("case not found");
    }
}
