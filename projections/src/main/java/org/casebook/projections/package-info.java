/** Read models built from the event stream, each with its own typed query. */
package org.casebook.projections;
