package org.casebook.adapters.web.idempotency;

/** The same Idempotency-Key was sent with a different request: 422 (contract, "Conventions"). */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("this Idempotency-Key was used for a different request");
    }
}
