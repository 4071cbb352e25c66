package org.casebook.adapters.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casebook.adapters.integrity.ChainVerifier;
import org.casebook.adapters.integrity.IntegrityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection and operations")
public class IntegrityController {

    private final ChainVerifier verifier;

    IntegrityController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/integrity")
    @Operation(summary = "Check that no stored event has been changed, removed or slipped in",
            description = "Every stored event is chained by SHA-256 to the one before it. This chains any new events,"
                    + " then recomputes the whole chain from the first event. firstBrokenAt is the global index of"
                    + " the first event that no longer matches (null when intact); unchained counts the newest events"
                    + " not chained yet, such as those waiting behind a gap in the global index that may still fill.")
    public IntegrityReport check() {
        return verifier.verify();
    }
}
