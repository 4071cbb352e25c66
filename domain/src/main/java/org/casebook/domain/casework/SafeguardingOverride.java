package org.casebook.domain.casework;

import org.casebook.domain.shared.PersonalData;

/**
 * Why information was passed on without consent and which manager approved it. Child protection and civil safety
 * are the only grounds on which confidentiality is broken [002 App. B 9-12].
 */
public record SafeguardingOverride(@PersonalData String justification, String approvedBy) {
}
