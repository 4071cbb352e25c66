/**
 * Who may do what (contract, "Users and roles"): demo users over HTTP Basic on a local database, bearer tokens
 * otherwise; the acting person as the domain sees them.
 */
package org.casebook.adapters.security;
