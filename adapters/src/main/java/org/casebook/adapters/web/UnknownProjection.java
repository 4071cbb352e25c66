package org.casebook.adapters.web;

/** No read model has that name. */
public class UnknownProjection extends RuntimeException {

    public UnknownProjection() {
        super("projection not found");
    }
}
