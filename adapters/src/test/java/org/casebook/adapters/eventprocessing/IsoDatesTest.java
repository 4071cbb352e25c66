package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rebuild's hand-made date reading gives what jsr310 gives, and leaves every other form to jsr310. */
class IsoDatesTest {

    private final ObjectMapper jsr310 = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ObjectMapper rebuild = jsr310.copy().registerModule(IsoDates.module());

    record Stamped(Instant at, LocalDate on) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-04T15:24:30Z", "2026-12-04T15:24:30.1Z", "2026-12-04T15:24:30.120Z",
        "2026-12-04T15:24:30.123456Z", "2026-12-04T15:24:30.123456789Z", "2014-02-28T23:59:59.999Z",
        "2024-02-29T00:00:00Z", "0001-01-01T00:00:00Z", "2026-12-04T15:24:30+01:00", "2026-12-04T15:24:30.5+00:00",
        "+12026-12-04T15:24:30Z", "2026-12-04t15:24:30Z", "2026-12-04T24:00:00Z", "2026-12-04T15:24:30.Z"})
    void readsAnInstantAsJsr310Does(String text) throws Exception {
        String json = "{\"at\": \"" + text + "\", \"on\": null}";

        assertThat(rebuild.readValue(json, Stamped.class)).isEqualTo(jsr310.readValue(json, Stamped.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-04", "2024-02-29", "0001-01-01", "9999-12-31", "2026-12-04T15:24:30"})
    void readsADateAsJsr310Does(String text) throws Exception {
        String json = "{\"at\": null, \"on\": \"" + text + "\"}";

        assertThat(rebuild.readValue(json, Stamped.class)).isEqualTo(jsr310.readValue(json, Stamped.class));
    }

    @Test
    void readsNumbersAsJsr310Does() throws Exception {
        String json = "{\"at\": 1764861870.5, \"on\": [2026, 12, 4]}";

        assertThat(rebuild.readValue(json, Stamped.class)).isEqualTo(jsr310.readValue(json, Stamped.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"at\": \"2026-02-30T00:00:00Z\"}", "{\"on\": \"2026-02-30\"}",
        "{\"on\": \"2026-13-01\"}", "{\"at\": \"2026-12-04T25:00:00Z\"}", "{\"at\": \"2026-12-04\"}"})
    void refusesWhatJsr310Refuses(String json) {
        assertThatThrownBy(() -> jsr310.readValue(json, Stamped.class)).isNotNull();
        assertThatThrownBy(() -> rebuild.readValue(json, Stamped.class)).isNotNull();
    }
}
