package org.casebook.adapters.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebook.adapters.eventprocessing.DeadLetterRetry;
import org.casebook.adapters.eventprocessing.DeadLetters;
import org.casebook.adapters.eventprocessing.ParkedEvent;
import org.casebook.adapters.eventprocessing.ProjectionStatus;
import org.casebook.adapters.eventprocessing.Projections;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection and operations")
public class ProjectionAdminController {

    private final Projections projections;
    private final DeadLetters deadLetters;

    ProjectionAdminController(Projections projections, DeadLetters deadLetters) {
        this.projections = projections;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/projections")
    @Operation(summary = "Each read model with its position, the head of the event store and the lag")
    public List<ProjectionStatus> list() {
        return projections.statuses();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @Operation(summary = "Rebuild the read models from every event into tables of their own, swapped in when done; "
            + "the old ones keep answering meanwhile. Either name rebuilds both: they share one processor (ADR 0027)")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        ProjectionStatus before = projections.status(name).orElseThrow(UnknownProjection::new);
        projections.rebuild(name);
        return ResponseEntity.accepted().header("Location", "/api/admin/projections").body(before);
    }

    @GetMapping("/api/admin/projections/{name}/dead-letters")
    @Operation(summary = "The events a read model has parked as poison, and those of the same cases waiting behind "
            + "them; no payloads")
    public List<ParkedEvent> deadLetters(@PathVariable String name) {
        return deadLetters.list(name).orElseThrow(UnknownProjection::new);
    }

    @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
    @Operation(summary = "Hand a read model's parked events to it again, case by case in order, once the fault is "
            + "fixed; those that fail again stay parked")
    public DeadLetterRetry retryDeadLetters(@PathVariable String name) {
        return deadLetters.retry(name).orElseThrow(UnknownProjection::new);
    }
}
