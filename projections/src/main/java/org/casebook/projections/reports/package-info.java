/**
 * Anonymous facts for the impartiality audit and the Development Group report [002 §4.2 "Anonymised statistical
 * data may be used to monitor and audit service use", §5.12, §6, §8], kept by the {@code reports} processor.
 */
package org.casebook.projections.reports;
