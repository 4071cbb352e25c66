/**
 * Event processing and its operation, whatever its web endpoints: the read models' pooled processors and their
 * settings, dead letters (parking a poison event, retrying it), reconciliation of late commits, processor tokens,
 * projection status and metrics, and rebuilds. The endpoints that expose them live in {@code web.admin}.
 */
package org.casebook.adapters.eventprocessing;
