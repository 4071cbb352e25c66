/**
 * Idempotent commands: the first response to an Idempotency-Key is stored in the same transaction as the events it
 * produced, so a retry after a timeout, a restart or a crash gets that response and appends nothing.
 */
package org.casebook.adapters.web.idempotency;
