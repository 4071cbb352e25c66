package org.casebook.adapters.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Function;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.idempotency.IdempotentCommands;
import org.casebook.domain.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every command endpoint does over HTTP around the command itself, for cases and the Development Group alike:
 * resolve the caller, read the version If-Match expects, and honour Idempotency-Key; the answer carries the version
 * reached as ETag.
 */
@Component
public class CommandRequests {

    private final IdempotentCommands idempotent;
    private final CurrentActor currentActor;

    public CommandRequests(IdempotentCommands idempotent, CurrentActor currentActor) {
        this.idempotent = idempotent;
        this.currentActor = currentActor;
    }

    /** The parts of a command that come from HTTP rather than from the body. */
    public record Caller(Actor actor, Long expectedVersion) {
    }

    /** Runs {@code command} once per Idempotency-Key, for the authenticated caller and the If-Match header. */
    public ResponseEntity<Object> run(HttpServletRequest http, Object request,
                                      Function<Caller, CommandResult> command) {
        Actor actor = currentActor.get();
        Long expected = ETags.expectedVersion(http.getHeader("If-Match"));
        return idempotent.execute(actor.username(), http.getHeader("Idempotency-Key"), http.getMethod(),
                http.getRequestURI(), request, () -> command.apply(new Caller(actor, expected)));
    }
}
