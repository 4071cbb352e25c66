/**
 * A single case as staff see it, rebuilt from that case's own events every time it is asked for, now or as it
 * stood at any earlier instant; and its history. Nothing here is stored apart from the events.
 */
package org.casebook.projections.casefile;
