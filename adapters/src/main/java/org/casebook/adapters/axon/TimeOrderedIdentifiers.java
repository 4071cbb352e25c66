package org.casebook.adapters.axon;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message identifiers (an event's {@code event_identifier}) as version 7 UUIDs (RFC 9562): the first 48 bits
 * are the Unix time in milliseconds, the other 74 random as in a version 4 UUID. Written as text, they sort in the
 * order they were made, so the unique indexes keyed by them (the store's {@code uk_domain_event_identifier}, the report
 * facts' primary key) take each new key at their right-hand edge instead of on a random page. With random UUIDs those
 * inserts were most of the extra PostgreSQL time an enquiry cost against the Axon peer (ADR 0034).
 *
 * <p>Axon finds it through {@code META-INF/services/org.axonframework.common.IdentifierFactory}. It changes no
 * identifier already stored, and nothing reads meaning from one: the time it shows is the time the message was made,
 * which the event's own time stamp already says.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final LongSupplier clock;

    public TimeOrderedIdentifiers() {
        this(System::currentTimeMillis);
    }

    TimeOrderedIdentifiers(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public String generateIdentifier() {
        long randomA = RANDOM.nextInt() & 0x0FFFL;
        long mostSignificant = (clock.getAsLong() & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | randomA;
        long leastSignificant = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
