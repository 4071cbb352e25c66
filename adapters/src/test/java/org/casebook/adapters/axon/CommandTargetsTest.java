package org.casebook.adapters.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.casebook.domain.casework.AllocateSupporter;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.SupporterRole;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.junit.jupiter.api.Test;

/** {@link CommandTargets} must answer, and refuse, exactly as Axon's resolver does; it only remembers where to look. */
class CommandTargetsTest {

    private final CommandTargets cached = new CommandTargets();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    @Test
    void findsACaseCommandsCaseAsAxonDoesEveryTime() {
        for (int i = 0; i < 3; i++) {
            CaseId caseId = new CaseId(UUID.randomUUID().toString());
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage(new AllocateSupporter(caseId, "sam",
                    SupporterRole.STAFF, new Actor("manager", StaffRole.MANAGER, Instant.now()), 3L));

            VersionedAggregateIdentifier target = cached.resolveTarget(command);

            assertThat(target.getIdentifier()).isEqualTo(caseId.toString());
            assertThat(target.getVersion()).isNull(); // expectedVersion is the aggregate's to check, not Axon's
            assertSame(target, axon.resolveTarget(command));
        }
    }

    @Test
    void answersAsAxonForEveryShapeOfCommand() {
        List<Object> commands = List.of(
                new OnAComponent("a-1", 7L),
                new OnAComponent("a-2", null),
                new OnAMethod("b-1"),
                new OnAField("c-1", "12"),
                new MethodBeforeField("from-field", "from-method"),
                new MetaAnnotated("d-1"));
        for (Object payload : commands) {
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
            assertSame(cached.resolveTarget(command), axon.resolveTarget(command));
        }
        assertThat(cached.resolveTarget(GenericCommandMessage.asCommandMessage(
                new MethodBeforeField("from-field", "from-method"))).getIdentifier()).isEqualTo("from-method");
    }

    @Test
    void refusesWhatAxonRefusesWithTheSameWords() {
        List<Object> refused = List.of(new OnAComponent(null, 1L), new Unannotated("x"), new OnAField("c-2", "twelve"),
                new Throwing());
        for (Object payload : refused) {
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
            Throwable expected = catchThrowable(() -> axon.resolveTarget(command));
            assertThat(expected).isInstanceOf(IllegalArgumentException.class);

            Throwable refusal = catchThrowable(() -> cached.resolveTarget(command));
            assertThat(refusal).as(payload.getClass().getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(expected.getMessage());
            assertThat(refusal.getCause() == null ? null : refusal.getCause().getClass())
                    .isEqualTo(expected.getCause() == null ? null : expected.getCause().getClass());
        }
    }

    private static void assertSame(VersionedAggregateIdentifier cached, VersionedAggregateIdentifier axon) {
        assertThat(cached.getIdentifier()).isEqualTo(axon.getIdentifier());
        assertThat(cached.getVersion()).isEqualTo(axon.getVersion());
    }

    record OnAComponent(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {
    }

    record Unannotated(String id) {
    }

    static final class OnAMethod {
        private final String id;

        OnAMethod(String id) {
            this.id = id;
        }

        @TargetAggregateIdentifier
        String target() {
            return "method:" + id;
        }
    }

    static final class OnAField {
        @TargetAggregateIdentifier
        private final String id;
        @TargetAggregateVersion
        private final String version;

        OnAField(String id, String version) {
            this.id = id;
            this.version = version;
        }
    }

    static final class MethodBeforeField {
        @TargetAggregateIdentifier
        private final String field;
        private final String method;

        MethodBeforeField(String field, String method) {
            this.field = field;
            this.method = method;
        }

        @TargetAggregateIdentifier
        String method() {
            return method;
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD})
    @TargetAggregateIdentifier
    @interface CaseTarget {
    }

    record MetaAnnotated(@CaseTarget String id) {
    }

    static final class Throwing {
        @TargetAggregateIdentifier
        String id() {
            throw new IllegalStateException("no id");
        }
    }
}
