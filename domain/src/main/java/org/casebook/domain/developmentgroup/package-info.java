/**
 * The Development Group: the service's multi-stakeholder steering group [002 §8]. One
 * {@link org.casebook.domain.developmentgroup.DevelopmentGroup} aggregate records its members, meetings and
 * decisions, and enforces its voting and quorum rules (§8.12, §8.15, §8.17, §8.18) through small named policies.
 */
package org.casebook.domain.developmentgroup;
