/**
 * Crypto-shredding: personal data in stored events is sealed with a key per case kept outside the event table, and
 * erasure destroys the key. The event rows are never rewritten.
 */
package org.casebook.adapters.privacy;
