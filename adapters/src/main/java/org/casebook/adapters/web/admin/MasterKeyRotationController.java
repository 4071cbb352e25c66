package org.casebook.adapters.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casebook.adapters.privacy.MasterKeyRotation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Re-wrapping every case key under the current master key (ADR 16, docs/data-protection.md "Key custody"). */
@RestController
@Tag(name = "Data protection and operations")
public class MasterKeyRotationController {

    private final MasterKeyRotation rotation;

    MasterKeyRotationController(MasterKeyRotation rotation) {
        this.rotation = rotation;
    }

    @PostMapping("/api/admin/master-key/rotation")
    @Operation(summary = "Start (or resume) re-wrapping every case key under the current master key; no event is"
            + " touched. 202 with the progress; poll GET for it")
    public ResponseEntity<MasterKeyRotation.RotationProgress> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rotation.start());
    }

    @GetMapping("/api/admin/master-key/rotation")
    @Operation(summary = "How many case keys are wrapped by which master key, and whether a rotation is running")
    public MasterKeyRotation.RotationProgress status() {
        return rotation.status();
    }
}
