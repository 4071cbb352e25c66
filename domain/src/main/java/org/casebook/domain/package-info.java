/**
 * The Parent Partnership service's rules: what a case is, what may be recorded on it and when. Plain Java plus
 * Axon's modelling annotations ({@code @CommandHandler}, {@code @EventSourcingHandler}, {@code @Revision}, aggregate
 * identifiers); no Spring, JDBC or web types, which {@code ModuleBoundariesTest} enforces.
 */
package org.casebook.domain;
