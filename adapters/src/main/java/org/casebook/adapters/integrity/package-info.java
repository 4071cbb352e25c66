/**
 * Tamper evidence for the event store: every stored event is chained by SHA-256 to the one before it, and the whole
 * chain can be verified on demand (contract, "Data protection and operations").
 */
package org.casebook.adapters.integrity;
