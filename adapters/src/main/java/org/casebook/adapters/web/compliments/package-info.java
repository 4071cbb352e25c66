/** Compliments: thanks the service received, tied to no case [002 §5.12 (8)]. */
package org.casebook.adapters.web.compliments;
