/**
 * Crypto-shredding: personal data in stored events is sealed with a key per case kept outside the event table, and
 * erasure destroys the key. The event rows are never rewritten. {@code PrivacyConfiguration} wires the keys and the
 * seal, {@code KeyCustodyConfiguration} the master key, {@code RetentionConfiguration} the erasure of old cases.
 */
package org.casebook.adapters.privacy;
