package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.adapters.it.ReadSideFixtures.isolatedPeriod;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.casebook.adapters.it.ReadSideFixtures.Period;
import org.junit.jupiter.api.Test;

/**
 * Events are forever: a store holding revision 1 of {@code ImpartialityConcernRaised} (before concerns had a
 * source) and of {@code SignpostingGiven} (before {@code organisationName}) is still read, by the case, its history
 * and the impartiality audit, through the upcasters.
 */
class ImpartialityRevisionIT extends PostgresIntegrationTest {

    @Test
    void aConcernAndItsSignpostingStoredInTheirFirstShapesAreReadAndStillAnswerEachOther() {
        Period period = isolatedPeriod();
        ReadSideFixtures given = new ReadSideFixtures(api);
        String caseId = given.enquiry(period.day(0));
        String concernId = UUID.randomUUID().toString();
        appendStoredEvent(caseId, 1, "org.casebook.domain.casework.ImpartialityConcernRaised", """
                {"caseId":"%s","concernId":"%s","raisedOn":"%s","detail":"You work for the council",
                 "recorded":{"by":"caseworker1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(caseId, concernId, period.day(1)));
        appendStoredEvent(caseId, 2, "org.casebook.domain.casework.SignpostingGiven", """
                {"caseId":"%s","givenOn":"%s","organisations":["ACE","CITIZENS_ADVICE"],
                 "recorded":{"by":"caseworker1","at":"2026-04-02T09:00:00Z"}}"""
                .formatted(caseId, period.day(3)));

        JsonNode events = new Cases(api).history(caseId).get("events");
        assertThat(events.at("/1/type").asText()).isEqualTo("ImpartialityConcernRaised");
        assertThat(events.at("/1/data/source").asText()).isEqualTo("PARENT");
        assertThat(events.at("/1/data/detail").asText()).isEqualTo("You work for the council");
        assertThat(events.at("/2/type").asText()).isEqualTo("SignpostingGiven");
        assertThat(events.at("/2/data/organisations/0").asText()).isEqualTo("ACE");
        assertThat(events.at("/2/data/organisationName").isNull()).as(events.at("/2").toString()).isTrue();

        // The case loads from them and takes the next command.
        Api.Response more = given.post(caseId, "/signposting", Cases.body("givenOn", period.day(4).toString(),
                "organisations", java.util.List.of("LOCAL_INDEPENDENT"), "organisationName", "Kids Plymouth"));
        assertThat(more.status()).as(more.toString()).isEqualTo(201);

        given.awaitProjections();
        JsonNode concerns = ReadSideFixtures.ok(api.as("manager1")
                .get("/api/reports/impartiality?" + period.query())).get("impartialityConcerns");
        assertThat(concerns.at("/items/0/concernId").asText()).isEqualTo(concernId);
        assertThat(concerns.at("/items/0/source").asText()).isEqualTo("PARENT");
        assertThat(concerns.at("/items/0/answeredOn").asText()).isEqualTo(period.day(3).toString());
    }
}
