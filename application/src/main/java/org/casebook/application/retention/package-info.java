/**
 * Retention: personal data is kept for a set period after a case closes and then erased, listing what would go
 * before anything goes (UK GDPR storage limitation; [002 App. B 22] "the data retention schedule").
 */
package org.casebook.application.retention;
