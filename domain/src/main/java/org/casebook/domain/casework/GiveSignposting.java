package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/** Record that the parent was signposted to other organisations. */
public record GiveSignposting(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate givenOn,
        Set<Organisation> organisations,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public GiveSignposting {
        Check.required("caseId", caseId);
        Check.required("givenOn", givenOn);
        Check.notEmpty("organisations", organisations);
        organisations = EnumSets.copyOf(Organisation.class, organisations);
        Check.required("actor", actor);
    }
}
