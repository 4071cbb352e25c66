package org.casebook.domain.casework;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebook.domain.shared.Actor;

/**
 * Record that the parent was signposted to other organisations. A local organisation independent of the LA
 * ({@code LOCAL_INDEPENDENT}) must be named: "a local organisation" means nothing to whoever reads the case later
 * [002 §4.4]. A name without {@code LOCAL_INDEPENDENT} would belong to nothing and is refused too.
 */
public record GiveSignposting(
        @TargetAggregateIdentifier CaseId caseId,
        LocalDate givenOn,
        Set<Organisation> organisations,
        String organisationName,
        Actor actor,
        Long expectedVersion) implements CaseCommand {

    public GiveSignposting {
        Check.required("caseId", caseId);
        Check.required("givenOn", givenOn);
        Check.notEmpty("organisations", organisations);
        organisations = EnumSets.copyOf(Organisation.class, organisations);
        if (organisations.contains(Organisation.LOCAL_INDEPENDENT)) {
            Check.requiredText("organisationName", organisationName, Check.SHORT_TEXT);
        } else if (organisationName != null) {
            throw new InvalidCaseCommand("organisationName", "is given only with LOCAL_INDEPENDENT");
        }
        Check.required("actor", actor);
    }

    /** Signposting to organisations that need no name of their own. */
    public GiveSignposting(CaseId caseId, LocalDate givenOn, Set<Organisation> organisations, Actor actor,
                           Long expectedVersion) {
        this(caseId, givenOn, organisations, null, actor, expectedVersion);
    }
}
