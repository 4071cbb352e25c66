/**
 * Casework: the {@link org.casebook.domain.casework.Case} aggregate, its commands and events, and the rules of the
 * service that decide what may be recorded on a case.
 */
package org.casebook.domain.casework;
