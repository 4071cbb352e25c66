package org.casebook.domain.casework;

/** Whether an enquiry was mainly about a child or a parent, as level 1 records note [002 §5.8]. */
public enum EnquiryAbout {
    CHILD,
    PARENT,
    BOTH
}
