/**
 * The managers' administration endpoints: projection status, rebuilds and dead letters (served by
 * {@code eventprocessing}), the retention listing and run, and master-key rotation.
 */
package org.casebook.adapters.web.admin;
