package org.casebook.adapters.web.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casebook.domain.shared.StaffRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code access_record} table: appended to on every read of a case, listed for managers newest first. */
@Repository
class AccessLog {

    private final JdbcTemplate jdbc;

    AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(AccessRecord access) {
        jdbc.update("""
                        INSERT INTO access_record (accessed_at, username, role, case_id, endpoint, redacted)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                utc(access.accessedAt()), access.username(), access.role().name(), access.caseId(),
                access.endpoint(), access.redacted());
    }

    /** Reads matching every given criterion, newest first; {@code from} inclusive, {@code to} exclusive. */
    List<AccessRecord> find(AccessQuery query) {
        StringBuilder sql = new StringBuilder(
                "SELECT accessed_at, username, role, case_id, endpoint, redacted FROM access_record WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (query.caseId() != null) {
            sql.append(" AND case_id = ?");
            arguments.add(query.caseId());
        }
        if (query.username() != null) {
            sql.append(" AND username = ?");
            arguments.add(query.username());
        }
        if (query.from() != null) {
            sql.append(" AND accessed_at >= ?");
            arguments.add(utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND accessed_at < ?");
            arguments.add(utc(query.to()));
        }
        sql.append(" ORDER BY accessed_at DESC, id DESC LIMIT ?");
        arguments.add(query.limit());
        return jdbc.query(sql.toString(), (row, n) -> new AccessRecord(
                row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2),
                StaffRole.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getBoolean(6)),
                arguments.toArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Which reads to list; null criteria match everything. */
    record AccessQuery(String caseId, String username, Instant from, Instant to, int limit) {
    }
}
