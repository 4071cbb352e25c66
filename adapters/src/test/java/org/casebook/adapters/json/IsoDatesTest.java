package org.casebook.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-made date reading and writing give what jsr310 gives, and leave every other form to jsr310 as the mapper
 * configures it: stored events and idempotency hashes depend on it.
 */
class IsoDatesTest {

    private final ObjectMapper jsr310 = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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

    record Dated(LocalDate on, List<LocalDate> also) {
    }

    record Patterned(@JsonFormat(pattern = "dd/MM/yyyy") LocalDate on) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-04", "2024-02-29", "0001-01-01", "0000-01-01", "9999-12-31", "+10000-01-01",
        "-0001-12-31", "2026-01-09"})
    void writesADateAsJsr310Does(String text) throws Exception {
        LocalDate date = LocalDate.parse(text);
        Dated dated = new Dated(date, List.of(date, date.plusDays(1)));

        assertThat(rebuild.writeValueAsString(dated)).isEqualTo(jsr310.writeValueAsString(dated));
        assertThat(rebuild.writeValueAsString(date)).isEqualTo("\"" + date + "\"");
    }

    @Test
    void writesAndReadsAsJsr310DoesWhereTheMapperOrTheFieldSaysOtherwise() throws Exception {
        Dated dated = new Dated(LocalDate.of(2026, 12, 4), List.of());
        ObjectMapper timestamps = jsr310.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        assertThat(timestamps.copy().registerModule(IsoDates.module()).writeValueAsString(dated))
                .isEqualTo(timestamps.writeValueAsString(dated)).contains("[2026,12,4]");
        Patterned patterned = new Patterned(LocalDate.of(2026, 12, 4));
        assertThat(rebuild.writeValueAsString(patterned)).isEqualTo("{\"on\":\"04/12/2026\"}");
        assertThat(rebuild.readValue("{\"on\":\"04/12/2026\"}", Patterned.class)).isEqualTo(patterned);
        assertThatThrownBy(() -> rebuild.readValue("{\"on\":\"2026-12-04\"}", Patterned.class)).isNotNull();
    }

    /** The HTTP mapper reads dates strictly (WebConfiguration): what the hand-made parse leaves is read strictly too. */
    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\"2026-02-30\"", "20261204", "[2026, 2, 30]", "\"2026-12-4\""})
    void aStrictMapperStaysStrict(String value) {
        ObjectMapper strict = jsr310.copy();
        strict.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        ObjectMapper strictAndFast = strict.copy().registerModule(IsoDates.module());
        String json = "{\"on\": " + value + ", \"also\": []}";

        Throwable alone = catchThrowable(() -> strict.readValue(json, Dated.class));
        Throwable fast = catchThrowable(() -> strictAndFast.readValue(json, Dated.class));

        assertThat(alone).isNotNull();
        assertThat(fast).isNotNull().hasSameClassAs(alone);
    }
}
