package org.casebook.domain.compliments;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.casebook.domain.casework.InvalidCaseCommand;

/**
 * One compliment the service received, counted for draft performance indicator 8 [002 §5.12]: a stream of its own,
 * tied to no case, so that thanks can be recorded without opening a case or keeping anyone's details.
 */
public class Compliment {

    /** As for case dates: the first Parent Partnership Services were proposed in 1994 [000 §1.1]. */
    private static final LocalDate SERVICE_BEGAN = LocalDate.of(1994, 1, 1);

    @AggregateIdentifier
    private ComplimentId complimentId;

    protected Compliment() {
        // Axon rebuilds a compliment from its event through this constructor.
    }

    @CommandHandler
    public Compliment(ReceiveCompliment command) {
        if (command.receivedOn().isAfter(command.actor().today())) {
            throw new InvalidCaseCommand("receivedOn", "must not be in the future");
        }
        if (command.receivedOn().isBefore(SERVICE_BEGAN)) {
            throw new InvalidCaseCommand("receivedOn", "must not be before 1994, when Parent Partnership Services began");
        }
        apply(new ComplimentReceived(command.complimentId(), command.receivedOn(), command.kind(),
                command.actor().recorded()));
    }

    @EventSourcingHandler
    void on(ComplimentReceived event) {
        complimentId = event.complimentId();
    }
}
