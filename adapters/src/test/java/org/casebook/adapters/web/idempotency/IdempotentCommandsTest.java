package org.casebook.adapters.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A retry after a restart must be recognised as the same request, whatever order a set happens to iterate in. */
class IdempotentCommandsTest {

    enum Topic { STATEMENT, BEHAVIOUR, TRANSPORT }

    record WithSet(String receivedOn, Set<Topic> topics) {
    }

    record WithList(List<Topic> topics) {
    }

    private final IdempotentCommands commands = new IdempotentCommands(null, null, new ObjectMapper(),
            Clock.systemUTC(), null, null);

    @Test
    void theSameSetHashesTheSameWhateverItsIterationOrder() {
        Set<Topic> oneOrder = new LinkedHashSet<>(List.of(Topic.STATEMENT, Topic.BEHAVIOUR));
        Set<Topic> otherOrder = new LinkedHashSet<>(List.of(Topic.BEHAVIOUR, Topic.STATEMENT));

        assertThat(commands.hash("POST", "/api/enquiries", new WithSet("2026-01-29", oneOrder)))
                .isEqualTo(commands.hash("POST", "/api/enquiries", new WithSet("2026-01-29", otherOrder)));
    }

    @Test
    void aDifferentSetStillHashesDifferently() {
        assertThat(commands.hash("POST", "/api/enquiries", new WithSet("2026-01-29", Set.of(Topic.STATEMENT))))
                .isNotEqualTo(commands.hash("POST", "/api/enquiries",
                        new WithSet("2026-01-29", Set.of(Topic.TRANSPORT))));
    }

    @Test
    void aListKeepsItsOrder() {
        assertThat(commands.hash("POST", "/x", new WithList(List.of(Topic.STATEMENT, Topic.BEHAVIOUR))))
                .isNotEqualTo(commands.hash("POST", "/x", new WithList(List.of(Topic.BEHAVIOUR, Topic.STATEMENT))));
    }
}
