/**
 * The Development Group's members, meetings and decisions as the group and the service's managers read them,
 * rebuilt from the group's own event stream every time they are asked for. Nothing here is stored apart from the
 * events.
 */
package org.casebook.projections.developmentgroup;
