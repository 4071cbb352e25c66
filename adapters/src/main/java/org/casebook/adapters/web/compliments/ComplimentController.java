package org.casebook.adapters.web.compliments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.web.http.CommandResult;
import org.casebook.adapters.web.idempotency.IdempotentCommands;
import org.casebook.domain.compliments.Compliment;
import org.casebook.domain.compliments.ComplimentId;
import org.casebook.domain.compliments.ComplimentKind;
import org.casebook.domain.compliments.ReceiveCompliment;
import org.casebook.domain.shared.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Thanks received: cards, letters, emails and words of thanks, counted for draft performance indicator 8
 * [002 §5.12]. Tied to no case and holding no personal data, so any member of staff or volunteer may record one.
 * Idempotency-Key is honoured as for every command.
 */
@RestController
@Tag(name = "Compliments")
public class ComplimentController {

    private final CommandGateway commandGateway;
    private final IdempotentCommands idempotent;
    private final CurrentActor currentActor;

    ComplimentController(CommandGateway commandGateway, IdempotentCommands idempotent, CurrentActor currentActor) {
        this.commandGateway = commandGateway;
        this.idempotent = idempotent;
        this.currentActor = currentActor;
    }

    public record ComplimentRequest(
            @Schema(description = "The day the thanks arrived; not in the future (Europe/London)") LocalDate receivedOn,
            @Schema(description = "CARD, LETTER and EMAIL are the written messages of indicator 8") ComplimentKind kind) {
    }

    @PostMapping("/api/compliments")
    @Operation(summary = "Record thanks the service received, tied to no case [002 §5.12 (8)]",
            description = "201 {complimentId}. Nothing about who sent them is kept: only the day and the kind.")
    public ResponseEntity<Object> receive(@RequestBody ComplimentRequest request, HttpServletRequest http) {
        Actor actor = currentActor.get();
        ComplimentId complimentId = ComplimentId.random();
        return idempotent.execute(actor.username(), http.getHeader("Idempotency-Key"), http.getMethod(),
                http.getRequestURI(), request, () -> {
                    commandGateway.sendAndWait(new ReceiveCompliment(complimentId, request.receivedOn(),
                            request.kind(), actor));
                    // No Location: a compliment is counted in the reports, never read back on its own.
                    return CommandResult.created(Map.of("complimentId", complimentId.value()), 1, null);
                });
    }

    /** The domain module has no Spring, so the compliment aggregate is registered here. */
    @Configuration(proxyBeanMethods = false)
    static class ComplimentConfiguration {

        @Bean
        ConfigurerModule complimentAggregate() {
            return configurer -> configurer.configureAggregate(Compliment.class);
        }
    }
}
