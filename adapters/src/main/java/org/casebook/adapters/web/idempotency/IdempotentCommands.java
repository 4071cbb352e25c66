package org.casebook.adapters.web.idempotency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.casebook.adapters.consistency.CommandPositions;
import org.casebook.adapters.consistency.SessionPositions;
import org.casebook.adapters.consistency.Written;
import org.casebook.adapters.web.http.CommandResult;
import org.casebook.adapters.web.http.ETags;
import org.springframework.http.HttpHeaders;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a command endpoint's work at most once per (user, Idempotency-Key). The command's events and the stored
 * response commit in one transaction: either both are there or neither is, so there is no window in which a crash
 * leaves an event without its response.
 *
 * <p>The key is not looked up before the command runs: nearly every command carries a fresh key, and the lookup was
 * a statement and a round trip on each (issue 12). The answer is kept with {@code ON CONFLICT DO NOTHING}; when the
 * key is already there, or another request with it is in flight and commits first, this run's events roll back and
 * the first answer is returned. Only a repeat, or a command that fails, reads the key (ADR 0042).
 *
 * <p>Every answer carries {@code Casebook-Position}, the store position of the command's last event (for a replay,
 * the first answer's), and the position is remembered as the caller's last write on this node, so that their next
 * read waits for it (contract, "Reading your own writes"; ADR 0019).
 */
@Component
public class IdempotentCommands {

    public static final int MAX_KEY_LENGTH = 100;
    public static final String POSITION_HEADER = "Casebook-Position";

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final ObjectMapper hashing;
    private final Clock clock;
    private final CommandPositions positions;
    private final SessionPositions sessions;

    public IdempotentCommands(IdempotencyStore store, PlatformTransactionManager transactionManager,
                              ObjectMapper objectMapper, Clock clock, CommandPositions positions,
                              SessionPositions sessions) {
        this.store = store;
        this.positions = positions;
        this.sessions = sessions;
        this.transaction = new TransactionTemplate(transactionManager);
        this.objectMapper = objectMapper;
        this.hashing = objectMapper.copy().registerModule(new SimpleModule("canonical-sets")
                .addSerializer(new CanonicalSetSerializer()));
        this.clock = clock;
    }

    public ResponseEntity<Object> execute(String username, String key, String method, String path, Object request,
                                          Supplier<CommandResult> command) {
        if (key == null) {
            positions.begin();
            CommandResult result = command.get();
            Written written = positions.written();
            sessions.wrote(username, written);
            return toResponse(result, written.position());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidIdempotencyKey();
        }
        String hash = hash(method, path, request);
        StoredResponse kept;
        try {
            kept = transaction.execute(status -> {
                positions.begin();
                CommandResult result = command.get();
                StoredResponse stored = store(hash, result, positions.written());
                if (store.keep(username, key, stored, clock.instant())) {
                    return stored;
                }
                status.setRollbackOnly();
                return null;
            });
        } catch (RuntimeException refused) {
            // The first request may have changed the case so that it now refuses a repeat (closed it, moved its
            // version past an If-Match): the first answer stands. A key never used gets the refusal.
            return store.find(username, key).map(first -> replay(username, first, hash)).orElseThrow(() -> refused);
        }
        if (kept == null) {
            // The key was there when this run tried to keep its answer, so this run's events rolled back.
            return replay(username, store.find(username, key).orElseThrow(KeptRecordMissing::new), hash);
        }
        return replay(username, kept, hash);
    }

    private ResponseEntity<Object> replay(String username, StoredResponse stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReused();
        }
        sessions.wrote(username, new Written(stored.position()));
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header(POSITION_HEADER, Long.toString(stored.position()));
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        return builder.body(stored.body());
    }

    private StoredResponse store(String hash, CommandResult result, Written written) {
        try {
            return new StoredResponse(hash, result.status().value(), objectMapper.writeValueAsString(result.body()),
                    ETags.of(result.version()), result.location(), written.position());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("command result could not be written as JSON", impossible);
        }
    }

    private static ResponseEntity<Object> toResponse(CommandResult result, long position) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(result.status())
                .header(HttpHeaders.ETAG, ETags.of(result.version()))
                .header(POSITION_HEADER, Long.toString(position));
        if (result.location() != null) {
            builder.header(HttpHeaders.LOCATION, result.location());
        }
        return builder.body(result.body());
    }

    /**
     * The same request must hash the same in every JVM: a retry after a restart is the case idempotency exists for.
     * Sets are therefore written in a canonical order (see {@link CanonicalSetSerializer}).
     */
    String hash(String method, String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(hashing.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException impossible) {
            throw new IllegalStateException("request could not be hashed", impossible);
        }
    }

    /** The key's record was there a moment ago and records are never deleted: the store is not as this class knows it. */
    static final class KeptRecordMissing extends IllegalStateException {
        KeptRecordMissing() {
            super("an idempotency record seen as kept could not be read back");
        }
    }

    /** An Idempotency-Key must be 1 to 100 characters (contract, "Conventions"). */
    public static class InvalidIdempotencyKey extends RuntimeException {
        InvalidIdempotencyKey() {
            super("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }

    /**
     * Writes a set's elements sorted by their JSON, whatever order the set iterates in. Jackson reads a JSON array
     * into a {@code Set<SomeEnum>} as a HashSet, which iterates by the enum constants' identity hash codes, and those
     * change from one JVM to the next: without this, a retry after a crash or restart could get 422 "same key,
     * different body" for the very body it sent first (found by the crash harness, loadtest module).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class CanonicalSetSerializer extends StdSerializer<Set> {

        CanonicalSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ObjectMapper codec = (ObjectMapper) generator.getCodec();
            List<String> elements = new ArrayList<>();
            for (Object element : set) {
                elements.add(codec.writeValueAsString(element));
            }
            Collections.sort(elements);
            generator.writeStartArray();
            for (String element : elements) {
                generator.writeRawValue(element);
            }
            generator.writeEndArray();
        }
    }
}
