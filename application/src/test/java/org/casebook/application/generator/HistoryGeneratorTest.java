package org.casebook.application.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.ReceiveEnquiry;
import org.junit.jupiter.api.Test;

/**
 * What the generator asks for, without a store: the commands are collected instead of sent (HistoryGeneratorIT
 * runs them through the real service). About 12,000 events make a year of one service (docs/generator.md).
 */
class HistoryGeneratorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    private final List<Object> commands = new ArrayList<>();
    private final Casework casework = new Casework((CommandGateway) Proxy.newProxyInstance(
            CommandGateway.class.getClassLoader(), new Class<?>[] {CommandGateway.class},
            (proxy, method, args) -> {
                if (method.getName().equals("sendAndWait")) {
                    commands.add(args[0]);
                    return 1L;
                }
                throw new UnsupportedOperationException(method.getName());
            }));

    @Test
    void twelveThousandEventsAreAboutAYearOfOneServiceEndingToday() {
        List<String> lines = new ArrayList<>();
        GenerationProgress progress = new GenerationProgress(12_000, System::nanoTime, lines::add);

        long events = new HistoryGenerator(casework, CLOCK, 2647, progress).generate(12_000);

        List<LocalDate> enquiries = commands.stream().filter(ReceiveEnquiry.class::isInstance)
                .map(command -> ((ReceiveEnquiry) command).receivedOn()).toList();
        assertThat(events).isGreaterThanOrEqualTo(12_000);
        assertThat(enquiries.size()).as("enquiries in the year (seed 000 §1.4: 2,647)").isBetween(2_300, 3_000);
        assertThat(enquiries).allSatisfy(day -> assertThat(day).isAfterOrEqualTo(TODAY.minusYears(1))
                .isBefore(TODAY));
        assertThat(enquiries).as("some in the current academic year, for the report page")
                .anySatisfy(day -> assertThat(day).isAfterOrEqualTo(LocalDate.parse("2026-09-01")));
        assertThat(lines).hasSize(10);
        assertThat(lines.get(9)).startsWith("Generating history: 100% (");
    }

    @Test
    void nothingIsDatedAfterToday() {
        new HistoryGenerator(casework, CLOCK, 7).generate(5_000);

        assertThat(commands).hasSizeGreaterThan(1_000).allMatch(command -> command.getClass().isRecord());
        for (Object command : commands) {
            for (var component : command.getClass().getRecordComponents()) {
                if (component.getType() == LocalDate.class) {
                    try {
                        LocalDate date = (LocalDate) component.getAccessor().invoke(command);
                        if (date != null) {
                            assertThat(date).as("%s.%s", command.getClass().getSimpleName(), component.getName())
                                    .isBeforeOrEqualTo(TODAY);
                        }
                    } catch (ReflectiveOperationException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                }
            }
        }
    }
}
