package org.casebook.adapters.web.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.CommandResult;
import org.casebook.adapters.web.ETags;
import org.casebook.adapters.web.UnknownCase;
import org.casebook.adapters.web.idempotency.IdempotentCommands;
import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.CaseCommand;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every command on an existing case does over HTTP: resolve the case id and the caller, honour If-Match and
 * Idempotency-Key, send the command, and answer with the case version as ETag.
 */
@Component
class CaseCommandEndpoint {

    private final Casework casework;
    private final IdempotentCommands idempotent;
    private final CurrentActor currentActor;
    private final CaseLocks locks;

    CaseCommandEndpoint(Casework casework, IdempotentCommands idempotent, CurrentActor currentActor,
                        CaseLocks locks) {
        this.casework = casework;
        this.idempotent = idempotent;
        this.currentActor = currentActor;
        this.locks = locks;
    }

    /** The parts of a command that come from HTTP rather than from the body. */
    record Context(CaseId caseId, Actor actor, Long expectedVersion) {
    }

    ResponseEntity<Object> created(HttpServletRequest http, String caseId, Object request,
                                   Function<Context, CaseCommand> command, Map<String, Object> ids) {
        return run(http, caseId, request, command, result -> ids, true);
    }

    /** Like {@link #created}, with a body made from what the handler answered (a {@code VersionedResult}). */
    ResponseEntity<Object> createdFromResult(HttpServletRequest http, String caseId, Object request,
                                             Function<Context, CaseCommand> command,
                                             Function<Object, Map<String, Object>> body) {
        return run(http, caseId, request, command, body, true);
    }

    ResponseEntity<Object> updated(HttpServletRequest http, String caseId, Object request,
                                   Function<Context, CaseCommand> command, Map<String, Object> ids) {
        return run(http, caseId, request, command, result -> ids, false);
    }

    private ResponseEntity<Object> run(HttpServletRequest http, String caseId, Object request,
                                       Function<Context, CaseCommand> command,
                                       Function<Object, Map<String, Object>> ids, boolean created) {
        CaseId id = parse(caseId);
        Actor actor = currentActor.get();
        Long expected = ETags.expectedVersion(http.getHeader("If-Match"));
        return locks.withLock(id.value(), () -> idempotent.execute(actor.username(),
                http.getHeader("Idempotency-Key"), http.getMethod(), http.getRequestURI(), request, () -> {
                    Object result = casework.send(command.apply(new Context(id, actor, expected)));
                    long version = Casework.versionOf(result);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("caseId", id.value());
                    body.putAll(ids.apply(result));
                    body.put("version", version);
                    return created ? CommandResult.created(body, version, null) : CommandResult.ok(body, version);
                }));
    }

    static CaseId parse(String caseId) {
        try {
            return CaseId.of(caseId);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownCase();
        }
    }
}
