package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which read-model failures park an event, and which only make the batch retry. */
class PoisonEventPolicyTest {

    private final PoisonEventPolicy policy = new PoisonEventPolicy("caseload");

    private static DeadLetter<EventMessage<?>> letter(Throwable failure) {
        return new GenericDeadLetter<>("case-1", GenericEventMessage.asEventMessage("an event"), failure);
    }

    @Test
    void aFailureOfTheProjectionItselfParksTheEventAndCountsOneFailure() {
        IllegalStateException failure = new IllegalStateException("cannot fold");

        EnqueueDecision<EventMessage<?>> decision = policy.decide(letter(failure), failure);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.withDiagnostics(letter(failure)).diagnostics().get(PoisonEventPolicy.FAILURES))
                .isEqualTo(1);
    }

    @Test
    void aConstraintViolationIsAPoisonEvent() {
        DataIntegrityViolationException failure = new DataIntegrityViolationException("too long",
                new SQLException("value too long", "22001"));

        assertThat(policy.decide(letter(failure), failure).shouldEnqueue()).isTrue();
    }

    @Test
    void aFailedRetryAddsToTheFailuresAlreadyCounted() {
        IllegalStateException failure = new IllegalStateException("still failing");
        DeadLetter<EventMessage<?>> parked = letter(failure)
                .withDiagnostics(MetaData.with(PoisonEventPolicy.FAILURES, 2));

        EnqueueDecision<EventMessage<?>> decision = policy.decide(parked, failure);

        assertThat(decision.withDiagnostics(parked).diagnostics().get(PoisonEventPolicy.FAILURES)).isEqualTo(3);
    }

    @Test
    void noConnectionIsNotDeadLetteredButFailsTheBatchForARetry() {
        Exception failure = new RuntimeException("wrapped by Axon",
                new CannotGetJdbcConnectionException("pool exhausted", new SQLTransientConnectionException("timeout")));

        assertThatThrownBy(() -> policy.decide(letter(failure), failure))
                .isInstanceOf(TransientProjectionFailure.class).hasCause(failure);
    }

    @Test
    void aConnectionLostMidStatementIsTransient() {
        SQLException lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        assertThat(PoisonEventPolicy.isTransient(new RuntimeException(lost))).isTrue();
    }

    @Test
    void aDeadlockOrAnAdministratorShutdownIsTransient() {
        assertThat(PoisonEventPolicy.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(PoisonEventPolicy.isTransient(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(PoisonEventPolicy.isTransient(new CannotCreateTransactionException("no connection"))).isTrue();
    }

    @Test
    void aBugInTheProjectionIsNotTransient() {
        assertThat(PoisonEventPolicy.isTransient(new NullPointerException())).isFalse();
        assertThat(PoisonEventPolicy.isTransient(new SQLException("division by zero", "22012"))).isFalse();
    }
}
