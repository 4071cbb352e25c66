package org.casebook.adapters.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.casebook.adapters.problems.Problems;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error dispatch ({@code /error}) answers: an RFC 9457 problem like every other error,
 * instead of Spring Boot's own JSON, which echoed the request's path. Requests get here when something before the
 * controllers refuses them with a bare status, e.g. Spring Security's firewall refusing {@code ;}, {@code %25} or
 * {@code //} in a path. The problem is written directly, whatever the request's Accept header says.
 */
@RestController
public class ErrorPages implements ErrorController {

    private final ObjectMapper objectMapper;

    public ErrorPages(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        write(response, problemFor(status));
    }

    /** The problem for a status that no handler explained: the status's own name, nothing from the request. */
    public static ProblemDetail problemFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> Problems.invalid(List.of(new Problems.FieldError("request",
                    "is not well formed (its path, headers or body)")));
            case NOT_FOUND -> Problems.of(status, "not-found", "Not found", "Nothing is published at this path.");
            case PAYLOAD_TOO_LARGE -> Problems.of(status, "payload-too-large", "Request too large",
                    "A request body may be at most " + RequestSizeLimit.MAX_BYTES + " bytes.");
            case INTERNAL_SERVER_ERROR -> Problems.of(status, "internal-error", "Internal error",
                    "Something went wrong on our side; nothing was recorded unless a response said so.");
            default -> Problems.of(status, "http-" + status.value(), status.getReasonPhrase(),
                    status.getReasonPhrase() + ".");
        };
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
