package org.casebook.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds what a parent told the service or that identifies a person: names, contact details,
 * dates of birth, schools and free text. Such fields are shown to auditors as "[redacted]", never reach reports or
 * logs, and are what erasure must make unreadable [002 §4.2, App. B 5].
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
