package org.casebook.adapters.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.CaseNoteWritten;
import org.casebook.domain.casework.Channel;
import org.casebook.domain.casework.EnquirerRole;
import org.casebook.domain.casework.EnquiryAbout;
import org.casebook.domain.casework.EnquiryReceived;
import org.casebook.domain.casework.PersonalDetailsRecorded;
import org.casebook.domain.casework.Topic;
import org.casebook.domain.shared.PersonalData;
import org.casebook.domain.shared.Recorded;
import org.junit.jupiter.api.Test;

class SealingModuleTest {

    @Test
    void onlyTypesThatCanCarryAPersonalFieldAreSealed() {
        assertThat(PersonalDataSeal.mayHoldPersonalData(EnquiryReceived.class)).isFalse();
        assertThat(PersonalDataSeal.mayHoldPersonalData(CaseNoteWritten.class)).isTrue();
        // through the records it is made of (parent and child details)
        assertThat(PersonalDataSeal.mayHoldPersonalData(PersonalDetailsRecorded.class)).isTrue();
        assertThat(PersonalDataSeal.mayHoldPersonalData(Nested.class)).isTrue();
        // a component declared as an interface may hold a record with personal fields: seal() would look inside
        assertThat(PersonalDataSeal.mayHoldPersonalData(Open.class)).isTrue();
        assertThat(PersonalDataSeal.mayHoldPersonalData(Plain.class)).isFalse();
        assertThat(PersonalDataSeal.mayHoldPersonalData(String.class)).isTrue();
    }

    @Test
    void anEventWithoutPersonalDataIsWrittenAndReadAsWithoutTheModule() throws Exception {
        // No case keys at all: sealing or opening anything would fail.
        ObjectMapper sealing = mapper().registerModule(new SealingModule(new PersonalDataSeal(null)));
        EnquiryReceived event = new EnquiryReceived(CaseId.of("3f1c2a9e-7b4d-4e8a-9c61-2d5e8f0a1b7c"),
                LocalDate.of(2026, 11, 2), Channel.PHONE, EnquirerRole.PARENT, EnquiryAbout.CHILD,
                Set.of(Topic.STATUTORY_ASSESSMENT), Set.of(), new Recorded("caseworker1",
                Instant.parse("2026-11-25T14:03:27.512394Z")));

        String json = sealing.writeValueAsString(event);

        assertThat(json).isEqualTo(mapper().writeValueAsString(event));
        assertThat(sealing.readValue(json, EnquiryReceived.class)).isEqualTo(event);
    }

    /** As the event serializer is configured (EventStoreConfiguration's defaultAxonObjectMapper). */
    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    record Secret(@PersonalData String name) {
    }

    record Nested(String id, Secret secret) {
    }

    interface Anything {
    }

    record Open(String id, Anything anything) {
    }

    record Plain(String id, List<Secret> notLookedInto, LocalDate on, int count, Channel channel) {
    }
}
