/**
 * The contract's Development Group endpoints: members, meetings and decisions under the group's voting and quorum
 * rules [002 §8.9, §8.12, §8.15, §8.17, §8.18], with their own problem mapping. The group's business is
 * recorded through {@code application.developmentgroup.GroupBusiness}; its Axon wiring is in {@code adapters.axon}.
 */
package org.casebook.adapters.web.developmentgroup;
