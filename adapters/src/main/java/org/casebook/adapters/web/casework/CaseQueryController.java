package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.http.ETags;
import org.casebook.adapters.web.http.InvalidQuery;
import org.casebook.adapters.web.http.PersonalDataRedactor;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.casebook.projections.casefile.CaseFile;
import org.casebook.projections.casefile.CaseFileReader;
import org.casebook.projections.casefile.CaseHistory;
import org.casebook.projections.casefile.CaseView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case now or as it stood at any instant, and its history, always rebuilt from the case's own events. A volunteer
 * sees only cases allocated to them; an auditor sees every personal field as "[redacted]".
 */
@RestController
@Tag(name = "Cases: queries")
public class CaseQueryController {

    private final CaseFileReader reader;
    private final CurrentActor currentActor;
    private final PersonalDataRedactor redactor;

    CaseQueryController(CaseFileReader reader, CurrentActor currentActor, PersonalDataRedactor redactor) {
        this.reader = reader;
        this.currentActor = currentActor;
        this.redactor = redactor;
    }

    @GetMapping("/api/cases/{caseId}")
    @Operation(summary = "The case now, or as it stood at asOf (rebuilt from the events recorded up to then)")
    public ResponseEntity<Object> get(@PathVariable String caseId,
                                      @Parameter(description = "ISO-8601 instant with offset")
                                      @RequestParam(required = false) String asOf) {
        Actor actor = currentActor.get();
        CaseId id = CaseCommandEndpoint.parse(caseId);
        Instant at = parseInstant(asOf);
        CaseFile now = visibleCase(id, actor);
        CaseView view = at == null ? now.view() : reader.caseFile(id, at).orElseThrow(UnknownCase::new).view();
        // Erasure reaches back: a view of the past shows "[erased]" too once the key is gone.
        return ResponseEntity.ok().header(HttpHeaders.ETAG, ETags.of(view.version()))
                .body(shown(view, actor, now.view().erased()));
    }

    @GetMapping("/api/cases/{caseId}/history")
    @Operation(summary = "Every event of the case in order, with who recorded it and when")
    public ResponseEntity<Object> history(@PathVariable String caseId) {
        Actor actor = currentActor.get();
        CaseId id = CaseCommandEndpoint.parse(caseId);
        CaseFile file = visibleCase(id, actor);
        CaseHistory history = reader.history(id).orElseThrow(UnknownCase::new);
        CaseView now = file.view();
        return ResponseEntity.ok().header(HttpHeaders.ETAG, ETags.of(now.version()))
                .body(shown(history, actor, now.erased()));
    }

    /** Visibility follows the current allocation, even when looking at the past. */
    private CaseFile visibleCase(CaseId caseId, Actor actor) {
        CaseFile now = reader.caseFile(caseId, null).orElseThrow(UnknownCase::new);
        if (!actor.maySee(now.supporterUsername())) {
            throw new UnknownCase();
        }
        return now;
    }

    private Object shown(Object view, Actor actor, boolean erased) {
        if (erased) {
            return redactor.erased(view);
        }
        return actor.role() == StaffRole.AUDITOR ? redactor.redacted(view) : view;
    }

    private static Instant parseInstant(String asOf) {
        if (asOf == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(asOf).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Instant.parse(asOf);
            } catch (DateTimeParseException stillNot) {
                throw new InvalidQuery("asOf", "must be an ISO-8601 instant with offset, e.g. 2026-11-25T10:00:00Z");
            }
        }
    }
}
