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
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.adapters.web.CommandResult;
import org.casebook.adapters.web.ETags;
import org.casebook.adapters.web.IdempotencyKeyReused;
import org.springframework.dao.DataIntegrityViolationException;
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
 */
@Component
public class IdempotentCommands {

    public static final int MAX_KEY_LENGTH = 100;

    private final IdempotencyStore store;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final ObjectMapper hashing;
    private final Clock clock;

    public IdempotentCommands(IdempotencyStore store, PlatformTransactionManager transactionManager,
                              ObjectMapper objectMapper, Clock clock) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactionManager);
        this.objectMapper = objectMapper;
        this.hashing = objectMapper.copy().registerModule(new SimpleModule("canonical-sets")
                .addSerializer(new CanonicalSetSerializer()));
        this.clock = clock;
    }

    public ResponseEntity<Object> execute(String username, String key, String method, String path, Object request,
                                          Supplier<CommandResult> command) {
        if (key == null) {
            CommandResult result = command.get();
            return toResponse(result);
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidIdempotencyKey();
        }
        String hash = hash(method, path, request);
        Optional<StoredResponse> earlier = store.find(username, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        try {
            StoredResponse response = transaction.execute(status -> {
                StoredResponse stored = store(hash, command.get());
                store.save(username, key, stored, clock.instant());
                return stored;
            });
            return replay(response, hash);
        } catch (DataIntegrityViolationException | ConcurrencyException raced) {
            // A concurrent request with the same key committed first: answer as it did, or re-raise a real conflict.
            return store.find(username, key).map(first -> replay(first, hash)).orElseThrow(() -> raced);
        }
    }

    private ResponseEntity<Object> replay(StoredResponse stored, String hash) {
        if (!stored.requestHash().equals(hash)) {
            throw new IdempotencyKeyReused();
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(stored.status())
                .contentType(MediaType.APPLICATION_JSON);
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        return builder.body(stored.body());
    }

    private StoredResponse store(String hash, CommandResult result) {
        try {
            return new StoredResponse(hash, result.status().value(), objectMapper.writeValueAsString(result.body()),
                    ETags.of(result.version()), result.location());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("command result could not be written as JSON", impossible);
        }
    }

    private static ResponseEntity<Object> toResponse(CommandResult result) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(result.status())
                .header(HttpHeaders.ETAG, ETags.of(result.version()));
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
