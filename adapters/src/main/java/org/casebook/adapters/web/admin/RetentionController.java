package org.casebook.adapters.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.casebook.adapters.privacy.RetentionConfiguration.RetentionRunner;
import org.casebook.application.retention.RetentionCandidate;
import org.casebook.application.retention.RetentionJob;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection and operations")
public class RetentionController {

    private final RetentionJob job;
    private final RetentionRunner runner;

    RetentionController(RetentionJob job, RetentionRunner runner) {
        this.job = job;
        this.runner = runner;
    }

    public record RetentionListing(String keepFor, boolean scheduledErasureEnabled, List<RetentionCandidate> due) {
    }

    @GetMapping("/api/admin/retention")
    @Operation(summary = "Dry run: the closed cases whose retention period has ended and that would be erased")
    public RetentionListing dryRun() {
        return new RetentionListing(job.keepFor().toString(), runner.enabled(), job.dryRun());
    }

    @PostMapping("/api/admin/retention/run")
    @Operation(summary = "Erase now every case the dry run lists")
    public Map<String, Integer> run() {
        return Map.of("erased", job.run());
    }
}
