package org.casebook.adapters.web.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.http.CommandResult;
import org.casebook.adapters.web.idempotency.IdempotentCommands;
import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.Organisation;
import org.casebook.domain.casework.ReceiveEnquiry;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases: commands")
public class EnquiryController {

    private final Casework casework;
    private final IdempotentCommands idempotent;
    private final CurrentActor currentActor;

    EnquiryController(Casework casework, IdempotentCommands idempotent, CurrentActor currentActor) {
        this.casework = casework;
        this.idempotent = idempotent;
        this.currentActor = currentActor;
    }

    /** Level 1 records hold no personal data, so this body has no field that could carry any [002 §5.8]. */
    public record EnquiryRequest(LocalDate receivedOn, Channel channel, EnquirerRole enquirerRole, EnquiryAbout about,
                                 Set<Topic> topics, Set<Organisation> signposted) {
    }

    @PostMapping("/api/enquiries")
    @Operation(summary = "Record an enquiry; opens a case at level 1")
    public ResponseEntity<Object> receive(@RequestBody EnquiryRequest request,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          HttpServletRequest http) {
        Actor actor = currentActor.get();
        return idempotent.execute(actor.username(), key, http.getMethod(), http.getRequestURI(), request, () -> {
            CaseId caseId = casework.receiveEnquiry(new ReceiveEnquiry(CaseId.random(), request.receivedOn(),
                    request.channel(), request.enquirerRole(), request.about(), request.topics(),
                    request.signposted(), actor));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("caseId", caseId.value());
            body.put("level", 1);
            body.put("version", 1L);
            return CommandResult.created(body, 1, "/api/cases/" + caseId.value());
        });
    }
}
