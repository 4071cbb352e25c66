package org.casebook.domain.casework;

import org.casebook.domain.shared.PersonalData;

/** Personal details of the parent or carer: held only with record-keeping consent [002 §4.2, §5.8]. */
public record ParentDetails(
        @PersonalData String name,
        @PersonalData String address,
        @PersonalData String phone,
        @PersonalData String email,
        @PersonalData String preferredLanguage,
        @PersonalData String preferredContact) {

    public static final int MAX_LENGTH = 500;

    void check() {
        Check.optionalText("parent.name", name, MAX_LENGTH);
        Check.optionalText("parent.address", address, MAX_LENGTH);
        Check.optionalText("parent.phone", phone, 50);
        Check.optionalText("parent.email", email, 254);
        Check.optionalText("parent.preferredLanguage", preferredLanguage, 100);
        Check.optionalText("parent.preferredContact", preferredContact, 100);
    }
}
