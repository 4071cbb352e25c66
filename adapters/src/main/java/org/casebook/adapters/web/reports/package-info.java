/** The impartiality audit and the Development Group report, as JSON, CSV and an HTML page with charts. */
package org.casebook.adapters.web.reports;
