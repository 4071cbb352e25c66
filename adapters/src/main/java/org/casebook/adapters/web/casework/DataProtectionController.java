package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.adapters.privacy.CaseErasure;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.http.ETags;
import org.casebook.adapters.web.http.PersonalDataRedactor;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.RecordSubjectAccessRequest;
import org.casebook.domain.shared.Actor;
import org.casebook.projections.casefile.CaseFileReader;
import org.casebook.projections.casefile.CaseView;
import org.casebook.projections.casefile.HistoryEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Erasure and subject access (contract, "Data protection and operations"); managers only. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Data protection and operations")
public class DataProtectionController {

    private final CaseErasure erasure;
    private final CaseCommandEndpoint endpoint;
    private final CaseFileReader reader;
    private final CurrentActor currentActor;
    private final PersonalDataRedactor redactor;

    DataProtectionController(CaseErasure erasure, CaseCommandEndpoint endpoint, CaseFileReader reader,
                             CurrentActor currentActor, PersonalDataRedactor redactor) {
        this.erasure = erasure;
        this.endpoint = endpoint;
        this.reader = reader;
        this.currentActor = currentActor;
        this.redactor = redactor;
    }

    public record ErasureRequest(String reason) {
    }

    public record SubjectAccessRequest(LocalDate receivedOn) {
    }

    /** Everything held about the parent and child on a case, and who passed what to whom. */
    public record SubjectAccessReport(String caseId, List<Object> requests, CaseView caseNow,
                                      List<HistoryEntry> informationShared, List<HistoryEntry> everythingRecorded) {
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase the case's personal data for ever by destroying its key; the event log is never"
            + " rewritten and history keeps the event types and dates")
    public ResponseEntity<Object> erase(@PathVariable String caseId, @RequestBody ErasureRequest request,
                                        HttpServletRequest http) {
        CaseId id = CaseCommandEndpoint.parse(caseId);
        Actor actor = currentActor.get();
        long version = erasure.erase(id, request.reason(), actor, ETags.expectedVersion(http.getHeader("If-Match")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", id.value());
        body.put("erasedOn", actor.today());
        body.put("version", version);
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.ETAG, ETags.of(version)).body(body);
    }

    @PostMapping("/subject-access-requests")
    @Operation(summary = "Record a subject access request; it is due one month after it was received")
    public ResponseEntity<Object> request(@PathVariable String caseId, @RequestBody SubjectAccessRequest request,
                                          HttpServletRequest http) {
        LocalDate dueOn = request.receivedOn() == null ? null : request.receivedOn().plusMonths(1);
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("receivedOn", request.receivedOn());
        ids.put("dueOn", dueOn);
        return endpoint.created(http, caseId, request, c -> new RecordSubjectAccessRequest(c.caseId(),
                request.receivedOn(), c.actor(), c.expectedVersion()), ids);
    }

    @GetMapping("/subject-access")
    @Operation(summary = "Everything held about the parent and child on the case, with who shared what with whom")
    public ResponseEntity<Object> subjectAccess(@PathVariable String caseId) {
        currentActor.get();
        CaseId id = CaseCommandEndpoint.parse(caseId);
        CaseView now = reader.caseFile(id, null).orElseThrow(UnknownCase::new).view();
        List<HistoryEntry> history = reader.history(id).orElseThrow(UnknownCase::new).events();
        SubjectAccessReport report = new SubjectAccessReport(id.value(), List.copyOf(now.subjectAccessRequests()),
                now, history.stream().filter(e -> e.type().equals("InformationShared")).toList(), history);
        return ResponseEntity.ok(now.erased() ? redactor.erased(report) : report);
    }
}
