package org.casebook.application.casework;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebook.domain.casework.CaseCommand;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.ReceiveEnquiry;
import org.casebook.domain.casework.VersionedResult;

/**
 * Sends case commands synchronously, so that the caller learns at once whether the case accepted them. Rule
 * violations from the aggregate arrive as the domain's own exceptions (the command bus is local).
 */
public class Casework {

    private final CommandGateway commandGateway;

    public Casework(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Opens a case; its version is then 1. */
    public CaseId receiveEnquiry(ReceiveEnquiry command) {
        commandGateway.sendAndWait(command);
        return command.caseId();
    }

    /** Records a command on an existing case and returns the case version it reached. */
    public long record(CaseCommand command) {
        return versionOf(send(command));
    }

    /**
     * Records a command on an existing case and returns what its handler answered: the case version as a number,
     * or a {@link VersionedResult} where the caller needs more (a recomputed deadline).
     */
    public Object send(CaseCommand command) {
        return commandGateway.sendAndWait(command);
    }

    public static long versionOf(Object result) {
        return result instanceof VersionedResult versioned ? versioned.version() : ((Number) result).longValue();
    }
}
