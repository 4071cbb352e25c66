package org.casebook.domain.casework;

/**
 * The only grounds on which the service passes information on without the parent's consent [002 App. B 2, 8-12].
 *
 * <p>A parent's disclosure that they were themselves abused as a child is not a ground: staff establish the
 * parent's wishes about any retrospective reporting and do not pass it on of their own accord [002 App. B 11].
 * It is not listed here so that it cannot be recorded as one.
 */
public enum SafeguardingGround {
    /** Actual or suspected abuse of a child, or considerable risk to a child [002 App. B 9-10]. */
    CHILD_PROTECTION,
    /** Illegal activity or active threats of harm to staff, volunteers or others using the service [002 App. B 12]. */
    CIVIL_SAFETY
}
