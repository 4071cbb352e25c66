package org.casebook.adapters.eventprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;

/** What reaches {@code dead_letter_entry.cause_type} and {@code cause_message}: class names, never messages. */
class SafeCauseStatementFactoryTest {

    @Test
    void theStoredCauseKeepsTheExceptionClassesAndDropsTheirMessages() {
        RuntimeException failure = new IllegalStateException("Alex Example, 01752 000000",
                new SQLException("Key (name)=(Alex Example) already exists", "23505"));

        Cause stored = SafeCauseStatementFactory.safe(ThrowableCause.asCause(failure));

        assertThat(stored.type()).isEqualTo("java.lang.IllegalStateException");
        assertThat(stored.message()).isEqualTo("java.lang.IllegalStateException <- java.sql.SQLException");
    }

    @Test
    void aCauseReadBackWithoutItsExceptionKeepsOnlyItsType() {
        Cause stored = SafeCauseStatementFactory.safe(new ThrowableCause("java.lang.IllegalStateException",
                "Alex Example"));

        assertThat(stored.type()).isEqualTo("java.lang.IllegalStateException");
        assertThat(stored.message()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void noCauseStaysNoCause() {
        assertThat(SafeCauseStatementFactory.safe(null)).isNull();
    }
}
