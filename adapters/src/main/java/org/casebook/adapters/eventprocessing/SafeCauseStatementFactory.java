package org.casebook.adapters.eventprocessing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;

/**
 * Axon's statements for the dead-letter table, except that a letter's cause never keeps the exception's message:
 * messages of drivers, parsers and handlers may quote the data being written, and that data may be what a parent
 * told us in confidence. {@code cause_type} keeps the exception's class; {@code cause_message} only the chain of
 * class names beneath it ("…DataIntegrityViolationException <- org.postgresql.util.PSQLException"). This sits at
 * the last step before the database so that every path (first failure, failed retry) is covered.
 */
public class SafeCauseStatementFactory extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

    private static final int MAX_MESSAGE = ThrowableCause.TRUNCATED_MESSAGE_SIZE;

    public SafeCauseStatementFactory(DeadLetterSchema schema, Serializer genericSerializer,
                                     Serializer eventSerializer) {
        super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder().schema(schema)
                .genericSerializer(genericSerializer).eventSerializer(eventSerializer));
    }

    /** The cause with its message replaced by the names of the exception classes it wraps. */
    public static Cause safe(Cause cause) {
        if (cause == null) {
            return null;
        }
        // Axon's ThrowableCause wraps the original exception as its own cause; without it, only the type is known.
        String chain = cause instanceof Throwable wrapper && wrapper.getCause() != null
                ? classChain(wrapper.getCause()) : cause.type();
        return new ThrowableCause(cause.type(), chain.length() > MAX_MESSAGE ? chain.substring(0, MAX_MESSAGE) : chain);
    }

    static String classChain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            chain.append(chain.isEmpty() ? "" : " <- ").append(cause.getClass().getName());
        }
        return chain.toString();
    }

    @Override
    public PreparedStatement enqueueStatement(Connection connection, String processingGroup, String sequenceIdentifier,
                                              DeadLetter<? extends EventMessage<?>> letter, long sequenceIndex)
            throws SQLException {
        DeadLetter<? extends EventMessage<?>> safeLetter = letter.cause().isEmpty() ? letter
                : new GenericDeadLetter<EventMessage<?>>(sequenceIdentifier, letter.message(),
                        safe(letter.cause().get()), letter.enqueuedAt(), letter.lastTouched(), letter.diagnostics());
        return super.enqueueStatement(connection, processingGroup, sequenceIdentifier, safeLetter, sequenceIndex);
    }

    @Override
    public PreparedStatement requeueStatement(Connection connection, String letterIdentifier, Cause cause,
                                              Instant lastTouched, MetaData diagnostics) throws SQLException {
        return super.requeueStatement(connection, letterIdentifier, safe(cause), lastTouched, diagnostics);
    }
}
