package org.casebook.adapters.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before any servlet sees them (a NUL, a backslash or an encoded slash in the path, a
 * request line or header too long) and answered them with its own HTML page. This puts an RFC 9457 problem in its
 * place, so that every error the service gives is {@code application/problem+json}.
 */
@Component
public class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as a problem naming only the status; public for Tomcat to create it by name. */
    public static class ProblemReportValve extends ErrorReportValve {

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
            var problem = ErrorPages.problemFor(status);
            String json = "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + problem.getTitle()
                    + "\",\"status\":" + code + ",\"detail\":\"" + problem.getDetail() + "\""
                    + (status == HttpStatus.BAD_REQUEST ? ",\"errors\":[{\"field\":\"request\",\"message\":"
                    + "\"is not well formed (its path, headers or body)\"}]" : "") + "}";
            try {
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
