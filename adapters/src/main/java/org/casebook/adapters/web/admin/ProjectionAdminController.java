package org.casebook.adapters.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.casebook.adapters.web.UnknownProjection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection and operations")
public class ProjectionAdminController {

    private final Projections projections;

    ProjectionAdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping("/api/admin/projections")
    @Operation(summary = "Each read model with its position, the head of the event store and the lag")
    public List<ProjectionStatus> list() {
        return projections.statuses();
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    @Operation(summary = "Reset a read model and replay every event into it; the service keeps serving meanwhile")
    public ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        ProjectionStatus before = projections.status(name).orElseThrow(UnknownProjection::new);
        projections.rebuild(name);
        return ResponseEntity.accepted().header("Location", "/api/admin/projections").body(before);
    }
}
