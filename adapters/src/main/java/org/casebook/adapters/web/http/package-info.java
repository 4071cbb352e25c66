/**
 * HTTP plumbing every endpoint shares, whatever its feature: failures as RFC 9457 problems
 * ({@link org.casebook.adapters.web.http.ApiExceptionHandler}, and {@link org.casebook.adapters.web.http.ErrorPages}
 * for what no controller saw), request size and NUL-character limits, the Accept check before a command runs, what a
 * command request and answer carry (caller, If-Match and ETags, Idempotency-Key, path ids), the wait for
 * read-your-writes, redaction of personal data in views, the HTTP JSON mapper and clock, and the OpenAPI description.
 */
package org.casebook.adapters.web.http;
