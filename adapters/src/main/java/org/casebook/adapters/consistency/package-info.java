/**
 * Reading your own writes: the store position a command's events got ({@code Casebook-Position}), and read-model
 * queries that wait until their read model has processed a position ({@code Casebook-After}, or by default the
 * caller's own last write on this node). ADR 0016, docs/api.md ("Reading your own writes").
 */
package org.casebook.adapters.consistency;
