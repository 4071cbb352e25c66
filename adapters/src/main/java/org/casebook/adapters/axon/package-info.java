/** Axon on JDBC: snake_case schemas written by Flyway, the Case aggregate, and a pinned JSON format for events. */
package org.casebook.adapters.axon;
