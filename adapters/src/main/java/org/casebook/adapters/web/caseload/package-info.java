/** A worker's caseload. */
package org.casebook.adapters.web.caseload;
