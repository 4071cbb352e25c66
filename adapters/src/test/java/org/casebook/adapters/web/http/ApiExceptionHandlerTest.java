package org.casebook.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** When the database is down the answer is 503 with Retry-After, never a 500 and never a hang. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(
            new FirewallRefusals(new ErrorPages(new ObjectMapper())));

    @Test
    void noConnectionFromThePoolIsServiceUnavailable() {
        ResponseEntity<ProblemDetail> response = handler.unexpected(new CannotGetJdbcConnectionException(
                "pool exhausted", new SQLTransientConnectionException("Connection is not available")));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getBody().getType().toString()).isEqualTo("/problems/unavailable");
    }

    @Test
    void anEventStoreFailureCausedByALostConnectionIsServiceUnavailable() {
        java.sql.SQLException lost = new java.sql.SQLException("An I/O error occurred", "08006");
        ResponseEntity<ProblemDetail> response = handler.unexpected(new EventStoreException("append failed", lost));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anyOtherUnexpectedFailureIsAPlainInternalErrorWithoutDetails() {
        ResponseEntity<ProblemDetail> response = handler.unexpected(new IllegalStateException("secret detail"));

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).doesNotContain("secret detail");
    }
}
