package org.casebook.domain.compliments;

/** How the thanks came. Cards, letters and emails are the "written messages" of indicator 8 [002 §5.12]. */
public enum ComplimentKind {
    CARD,
    LETTER,
    EMAIL,
    VERBAL;

    /** A positive written message, email or card of thanks [002 §5.12 (8)]. */
    public boolean written() {
        return this != VERBAL;
    }
}
