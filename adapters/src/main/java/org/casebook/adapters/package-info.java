/** The outside of Casebook: HTTP, persistence, Axon wiring and security, and the Spring Boot application. */
package org.casebook.adapters;
