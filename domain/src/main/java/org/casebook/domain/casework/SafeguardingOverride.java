package org.casebook.domain.casework;

import org.casebook.domain.shared.PersonalData;

/**
 * Why information was passed on without consent, on which ground, and which manager approved it. Child protection
 * and civil safety are the only grounds on which confidentiality is broken [002 App. B 9-12]. {@code ground} is null
 * on overrides recorded before the ground was asked for ({@code InformationShared} revision 1).
 */
public record SafeguardingOverride(@PersonalData String justification, String approvedBy, SafeguardingGround ground) {
}
