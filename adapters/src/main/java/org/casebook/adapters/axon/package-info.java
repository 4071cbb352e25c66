/**
 * Axon on JDBC: the event store ({@code EventStoreConfiguration}: snake_case schemas written by Flyway, a pinned JSON
 * format, the command deadline), upcasters for older revisions, and each aggregate's wiring by feature
 * ({@code CaseworkConfiguration} with the case's snapshots, {@code DevelopmentGroupConfiguration}). How events reach
 * the read models is in {@code eventprocessing}; the keys that seal personal data are wired in {@code privacy}.
 */
package org.casebook.adapters.axon;
