package org.casebook.domain.casework;

/** What the supporter did for the meeting [002 §4.6]. */
public enum MeetingSupport {
    PREPARATION,
    ATTENDED,
    NOTES_FOR_PARENT,
    PAPERWORK
}
