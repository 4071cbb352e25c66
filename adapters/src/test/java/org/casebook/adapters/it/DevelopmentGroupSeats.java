package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The Development Group is one event stream shared by every test of a run, and it has a seat per constituency and
 * six for parents [002 §8.9]. A test that adds members first empties every seat by recording each active member's
 * departure, so that no earlier test's members leave it without a seat.
 */
final class DevelopmentGroupSeats {

    private DevelopmentGroupSeats() {
    }

    static void vacateAll(Api api) {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        Api.Response members = api.as("manager1").get("/api/development-group/members");
        assertThat(members.status()).as(members.toString()).isEqualTo(200);
        for (JsonNode member : members.json()) {
            if (member.path("active").asBoolean()) {
                Api.Response left = api.as("manager1").post("/api/development-group/members/"
                        + member.path("memberId").asText() + "/departure", Map.of("leftOn", today));
                assertThat(left.status()).as(left.toString()).isEqualTo(201);
            }
        }
    }
}
