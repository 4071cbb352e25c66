/**
 * The HTTP API, one package per feature (casework, caseload, audit, reports, compliments, developmentgroup, admin,
 * idempotency), plus {@code http}, the plumbing they all share: problems (RFC 9457), ETags and If-Match, request
 * limits.
 */
package org.casebook.adapters.web;
