package org.casebook.domain.casework;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;

/**
 * Information left the service: under a consent live on that date, or under an approved safeguarding override
 * [002 App. B 9-12].
 *
 * <p>Revision 2: the override names its {@link SafeguardingGround}. Revision 1 events are upcast with the ground
 * left null (not recorded then); the payload is otherwise the same.
 */
@Revision("2")
public record InformationShared(
        CaseId caseId,
        SharingId sharingId,
        LocalDate sharedOn,
        Recipient recipient,
        @PersonalData String purpose,
        @PersonalData String recipientName,
        ConsentId consentId,
        SafeguardingOverride safeguardingOverride,
        Recorded recorded) implements CaseEvent {

    @Override
    public LocalDate occurredOn() {
        return sharedOn;
    }
}
