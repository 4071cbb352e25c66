/**
 * Caseloads: each worker's open cases and what is due on them (evaluations [002 §10], appeal deadlines [001],
 * complaint responses [002 §10]), kept in table {@code caseload_case} by the {@code caseload} processor.
 */
package org.casebook.projections.caseload;
