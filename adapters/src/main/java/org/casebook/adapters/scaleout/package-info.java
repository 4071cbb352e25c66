/** Running more than one Casebook node on one database: node liveness and sharing projection segments. */
package org.casebook.adapters.scaleout;
