package org.casebook.adapters.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.casebook.adapters.SafeLog;
import org.casebook.adapters.privacy.CaseKeyUnreadable;
import org.casebook.adapters.problems.Problems;
import org.casebook.adapters.web.idempotency.IdempotencyKeyReused;
import org.casebook.adapters.web.idempotency.IdempotentCommands.InvalidIdempotencyKey;
import org.casebook.domain.casework.CaseRuleViolation;
import org.casebook.domain.casework.CaseVersionMismatch;
import org.casebook.domain.casework.InvalidCaseCommand;
import org.casebook.domain.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure as an RFC 9457 problem. Rule violations carry the rule's stable name as their type; input errors
 * name the field, never its value; anything unexpected is a bare 500 whose log line holds no request data.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final FirewallRefusals firewallRefusals;

    public ApiExceptionHandler(FirewallRefusals firewallRefusals) {
        this.firewallRefusals = firewallRefusals;
    }

    @ExceptionHandler(InvalidCaseCommand.class)
    ResponseEntity<ProblemDetail> invalidCommand(InvalidCaseCommand error) {
        return respond(Problems.invalid(List.of(new Problems.FieldError(error.field(), error.getMessage()))));
    }

    @ExceptionHandler(InvalidQuery.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQuery error) {
        return respond(Problems.invalid(error.errors()));
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(CaseRuleViolation error) {
        return respond(Problems.of(HttpStatus.CONFLICT, error.rule(), "The case's rules refuse this",
                error.getMessage()));
    }

    /** Every "not found" of ours says what kind of thing was not found; Axon's can only be a case. */
    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException error) {
        String what = error instanceof NotFound ? error.getMessage() : "case not found";
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", what));
    }

    @ExceptionHandler(CaseVersionMismatch.class)
    ResponseEntity<ProblemDetail> staleVersion(CaseVersionMismatch error) {
        return respond(Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "The case has changed",
                "If-Match does not name the current version of the case; read it again and retry."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException error) {
        return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Changed at the same time",
                "Someone else recorded on this case at the same moment; read it again and retry."));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused error) {
        return respond(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                "Idempotency-Key reused", error.getMessage()));
    }

    @ExceptionHandler(InvalidIdempotencyKey.class)
    ResponseEntity<ProblemDetail> badKey(InvalidIdempotencyKey error) {
        return respond(Problems.invalid(List.of(new Problems.FieldError("Idempotency-Key", error.getMessage()))));
    }

    /**
     * Spring Security's firewall checks a header only when something reads it, and Spring MVC reads them all for a
     * request body, so a header the firewall refuses (a C1 control character in a value, say) surfaces here, inside
     * the controller's call. Before 2026-12-05 that was a 500. It is answered as every refusal of the firewall is,
     * by {@link FirewallRefusals}; the header, which may hold anything, is not logged or echoed.
     */
    @ExceptionHandler(RequestRejectedException.class)
    void refusedByTheFirewall(RequestRejectedException refused, HttpServletRequest request,
                              HttpServletResponse response) throws IOException {
        firewallRefusals.handle(request, response, refused);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException error) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", "Your role may not do this."));
    }

    /**
     * The database is unreachable or overloaded: nothing was recorded, and a retry later will work. Clients keep their
     * Idempotency-Key for the retry.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception error) {
        log.warn("Database unavailable: {}", SafeLog.describe(error));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                        "The case store cannot be reached just now; nothing was recorded. Retry in a few seconds."));
    }

    /**
     * This node cannot seal new personal data for the case (its master key does not unwrap the case's key): a
     * configuration fault of this node, so unavailable rather than internal, and nothing was recorded.
     */
    ResponseEntity<ProblemDetail> caseKeyUnreadable() {
        log.error("Refused a command: {}", new CaseKeyUnreadable().getMessage());
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "key-unavailable", "Case key unavailable",
                "This server cannot open the case's key, so it cannot record personal data on it; nothing was"
                        + " recorded. Try another server, or ask an administrator to give this one its previous"
                        + " master key."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception error) {
        if (causedByDatabaseOutage(error)) {
            return databaseUnavailable(error);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CaseKeyUnreadable) {
                return caseKeyUnreadable();
            }
        }
        log.error("Unexpected failure: {}", SafeLog.describe(error));
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; nothing was recorded unless a response said so."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Problems.FieldError fieldError = new Problems.FieldError("body", "is missing or unreadable");
        // The first Jackson mapping error on the way down knows the field; deeper causes (a DateTimeParseException)
        // do not.
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                fieldError = new Problems.FieldError(path(unknown), "is not a known field");
                break;
            } else if (cause instanceof InvalidFormatException invalid) {
                fieldError = new Problems.FieldError(path(invalid), expected(invalid.getTargetType()));
                break;
            } else if (cause instanceof MismatchedInputException mismatched) {
                fieldError = new Problems.FieldError(path(mismatched), expected(mismatched.getTargetType()));
                break;
            } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                fieldError = new Problems.FieldError(path(mapping), "has an invalid value");
                break;
            } else if (cause instanceof JsonProcessingException) {
                fieldError = new Problems.FieldError("body", "is not valid JSON");
                break;
            }
        }
        return new ResponseEntity<>(Problems.invalid(List.of(fieldError)), HttpStatus.BAD_REQUEST);
    }

    private static String path(JsonMappingException error) {
        String path = error.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date (yyyy-MM-dd)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "must be an ISO-8601 instant with offset";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "has the wrong type";
    }

    /** Axon wraps storage failures in its own exceptions; look through them for the database's. */
    private static boolean causedByDatabaseOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessException || cause instanceof java.sql.SQLTransientException
                    || cause instanceof java.sql.SQLRecoverableException
                    || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
