package org.casebook.adapters.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.casebook.adapters.problems.Problems;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that no controller explained, answered as RFC 9457 problems naming only the status, so that every error
 * the service gives is {@code application/problem+json}. Two doors lead here:
 * <ul>
 *   <li>the servlet container's error dispatch ({@code /error}), instead of Spring Boot's own JSON, which echoed the
 *       request's path. Requests get there when something before the controllers refuses them with a bare status.
 *       The problem is written directly, whatever the request's Accept header says. Spring Security's firewall
 *       (refusing {@code ;}, {@code %25} or {@code //} in a path, or a control character in a header that is read)
 *       does not take this door: {@link FirewallRefusals} writes the same problem at once;</li>
 *   <li>Tomcat's own error report ({@link ProblemReportValve}), for requests Tomcat refuses before any servlet sees
 *       them (a NUL, a backslash or an encoded slash in the path, a request line or header too long), which it
 *       answered with its own HTML page.</li>
 * </ul>
 */
@RestController
public class ErrorPages implements ErrorController, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectMapper objectMapper;

    public ErrorPages(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
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

    /** Writes the problem as the whole answer, whatever the request's Accept header says. */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /**
     * Tomcat's error report, as a problem naming only the status; public for Tomcat to create it by name, which is
     * why it has its own mapper (plain Jackson with Spring's problem mix-in, as the HTTP mapper writes problems).
     */
    public static class ProblemReportValve extends ErrorReportValve {

        private static final ObjectMapper JSON = new ObjectMapper()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
            }
            ProblemDetail problem = problemFor(status);
            problem.setStatus(code);
            try {
                String json = JSON.writeValueAsString(problem);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The client has gone or the response was already started; there is nothing more to tell it.
            }
        }
    }
}
