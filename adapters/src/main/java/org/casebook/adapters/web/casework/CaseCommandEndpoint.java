package org.casebook.adapters.web.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.casebook.adapters.axon.WarmCases;
import org.casebook.adapters.consistency.CommandPositions;
import org.casebook.adapters.web.http.CommandRequests;
import org.casebook.adapters.web.http.CommandResult;
import org.casebook.adapters.web.http.PathIds;
import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.CaseCommand;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What every command on an existing case does over HTTP: resolve the case id, and, one case at a time, the caller,
 * If-Match and Idempotency-Key ({@link CommandRequests}); send the command, and answer with the case version as ETag.
 */
@Component
class CaseCommandEndpoint {

    private final Casework casework;
    private final CommandRequests commands;
    private final CaseLocks locks;
    private final WarmCases warmCases;
    private final CommandPositions positions;

    CaseCommandEndpoint(Casework casework, CommandRequests commands, CaseLocks locks, WarmCases warmCases,
                        CommandPositions positions) {
        this.casework = casework;
        this.commands = commands;
        this.locks = locks;
        this.warmCases = warmCases;
        this.positions = positions;
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
        return locks.withLock(id.value(), () -> warmCases.attempt(trust -> commands.run(http, request, caller -> {
            CaseCommand sent = command.apply(new Context(id, caller.actor(), caller.expectedVersion()));
            Object result = trust ? warmCases.trusting(id.value(), () -> casework.send(sent), positions::appendedAny)
                    : casework.send(sent);
            long version = Casework.versionOf(result);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("caseId", id.value());
            body.putAll(ids.apply(result));
            body.put("version", version);
            return created ? CommandResult.created(body, version, null) : CommandResult.ok(body, version);
        })));
    }

    static CaseId parse(String caseId) {
        return PathIds.parse(caseId, CaseId::of, UnknownCase::new);
    }
}
