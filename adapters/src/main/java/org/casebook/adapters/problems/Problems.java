package org.casebook.adapters.problems;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems. A problem's {@code type} is a relative URI, {@code /problems/<name>}, that the service
 * itself serves as a page explaining the rule; the name is part of the contract (e.g. {@code consent-required}).
 */
public final class Problems {

    public static final String PREFIX = "/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String name, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PREFIX + name));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has " + errors.size() + " invalid field(s).");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One invalid field: its JSON path and what is wrong, never the value that was sent. */
    public record FieldError(String field, String message) {
    }
}
