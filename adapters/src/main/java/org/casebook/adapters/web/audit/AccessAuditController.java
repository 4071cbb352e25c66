package org.casebook.adapters.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.casebook.adapters.web.audit.AccessLog.AccessQuery;
import org.casebook.adapters.web.http.InvalidQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Data protection and operations")
public class AccessAuditController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** The service's civil time: a date names a day in England. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AccessLog accessLog;

    AccessAuditController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/audit/access")
    @Operation(summary = "Who read which case's data, when and through which endpoint, newest first",
            description = "Every successful read of a case (now or asOf, history, subject access) is recorded."
                    + " The record names the reader, their role, the case and the route, never what was shown;"
                    + " redacted is true for auditors, who see personal fields as \"[redacted]\".")
    public List<AccessRecord> list(
            @Parameter(description = "only reads of this case") @RequestParam(required = false) String caseId,
            @Parameter(description = "only reads by this user") @RequestParam(required = false) String username,
            @Parameter(description = "from this instant (inclusive), or from the start of this date (yyyy-MM-dd,"
                    + " Europe/London)") @RequestParam(required = false) String from,
            @Parameter(description = "up to this instant (exclusive), or to the end of this date (yyyy-MM-dd,"
                    + " Europe/London)") @RequestParam(required = false) String to,
            @Parameter(description = "at most this many, 1 to 1000 (default 100)")
            @RequestParam(required = false) String limit) {
        Instant start = bound("from", from, false);
        Instant end = bound("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidQuery("to", "must be after from");
        }
        return accessLog.find(new AccessQuery(caseId(caseId), username(username), start, end, limit(limit)));
    }

    private static String caseId(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 36 && UUID.fromString(value) != null) {
                return value;
            }
        } catch (IllegalArgumentException malformed) {
            // answered below, without echoing the value
        }
        throw new InvalidQuery("caseId", "must be a case id");
    }

    private static String username(String value) {
        if (value != null && (value.isBlank() || value.length() > 100)) {
            throw new InvalidQuery("username", "must be 1 to 100 characters");
        }
        return value;
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidQuery("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** An instant as given, or a date's start ({@code from}) or the start of the day after ({@code to}). */
    private static Instant bound(String name, String value, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    LocalDate date = LocalDate.parse(value);
                    return (endOfDay ? date.plusDays(1) : date).atStartOfDay(LONDON).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new InvalidQuery(name, "must be an ISO-8601 instant with offset or a date (yyyy-MM-dd)");
                }
            }
        }
    }
}
