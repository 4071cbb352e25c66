/**
 * Axon on JDBC: the event store (snake_case schemas written by Flyway, a pinned JSON format, upcasters for older
 * revisions), the Case and Development Group aggregates with their snapshots, and the command deadline. How events
 * reach the read models is in {@code eventprocessing}.
 */
package org.casebook.adapters.axon;
