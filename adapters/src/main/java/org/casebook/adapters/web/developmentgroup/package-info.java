/**
 * The contract's Development Group endpoints: members, meetings and decisions under the group's voting and quorum
 * rules [002 §8.12, §8.17, §8.18], with their own problem mapping and Axon registration.
 */
package org.casebook.adapters.web.developmentgroup;
