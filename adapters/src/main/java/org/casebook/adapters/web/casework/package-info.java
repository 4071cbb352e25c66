/** The contract's "Cases: commands" and "Cases: queries" endpoints. */
package org.casebook.adapters.web.casework;
