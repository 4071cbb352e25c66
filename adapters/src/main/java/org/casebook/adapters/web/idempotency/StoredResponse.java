package org.casebook.adapters.web.idempotency;

/** The first response to an idempotent command, as stored. */
record StoredResponse(String requestHash, int status, String body, String etag, String location, long position) {
}
