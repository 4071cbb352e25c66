/**
 * The Parent Partnership service's rules, free of frameworks: what a case is, what may be recorded on it and when.
 */
package org.casebook.domain;
