/**
 * Audit for managers and auditors: who read which case's personal data and when, and the integrity check of the
 * event store (contract, "Data protection and operations").
 */
package org.casebook.adapters.web.audit;
