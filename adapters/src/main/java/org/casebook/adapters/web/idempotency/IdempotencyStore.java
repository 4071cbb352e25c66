package org.casebook.adapters.web.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Keys are scoped to the user who sent them, so two people can never collide on a key. */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;

    IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredResponse> find(String username, String key) {
        return jdbc.query("""
                        SELECT request_hash, response_status, response_body, response_etag, response_location,
                            response_position
                        FROM idempotency_record WHERE username = ? AND idempotency_key = ?""",
                (rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)),
                username, key).stream().findFirst();
    }

    /**
     * Keeps the answer under its key, unless the key is kept already: then nothing is written and the answer is false.
     * A concurrent request with the same key that has not committed yet makes this wait for it (PostgreSQL's unique
     * index), so false always means a committed record is there to read. The time goes as an {@link OffsetDateTime}:
     * the driver writes a {@code java.sql.Timestamp} through a calendar of the JVM's zone, which was 1 % of the mixed
     * workload's CPU (issue 12, 2026-12-06); the stored instant is the same.
     */
    boolean keep(String username, String key, StoredResponse response, Instant at) {
        return jdbc.update("""
                        INSERT INTO idempotency_record (username, idempotency_key, request_hash, response_status,
                            response_body, response_etag, response_location, response_position, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                username, key, response.requestHash(), response.status(), response.body(), response.etag(),
                response.location(), response.position() > 0 ? response.position() : null,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC)) == 1;
    }
}
