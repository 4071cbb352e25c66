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

    /**
     * {@code due}: what a run would erase today. {@code erasureDue}: every case without live record-keeping consent,
     * with the day it becomes erasable (its {@code ERASURE_DUE} item), due or not yet [002 §4.2].
     */
    public record RetentionListing(String keepFor, boolean scheduledErasureEnabled, List<RetentionCandidate> due,
                                   String afterWithdrawal, List<RetentionCandidate> erasureDue) {
    }

    @GetMapping("/api/admin/retention")
    @Operation(summary = "Dry run: the cases that would be erased (closed past their retention period, or without "
            + "live record-keeping consent for long enough), and every case due for erasure for withdrawn consent")
    public RetentionListing dryRun() {
        return new RetentionListing(job.keepFor().toString(), runner.enabled(), job.dryRun(),
                job.afterWithdrawal().toString(), job.erasureDue());
    }

    @PostMapping("/api/admin/retention/run")
    @Operation(summary = "Erase now every case the dry run lists")
    public Map<String, Integer> run() {
        return Map.of("erased", job.run());
    }
}
