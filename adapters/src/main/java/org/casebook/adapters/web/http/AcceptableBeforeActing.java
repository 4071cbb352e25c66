package org.casebook.adapters.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A command whose answer the caller will not accept is refused before it runs. Spring only finds out that it cannot
 * write a response in the caller's {@code Accept} type after the handler has returned, by which time the command's
 * events were stored: the caller got a 406, took it for a failure, and a retry recorded everything twice.
 */
public class AcceptableBeforeActing implements HandlerInterceptor {

    /** What command responses are written as: JSON (problem+json and other +json types included). */
    static final List<MediaType> WRITTEN = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (isRead(request.getMethod())) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotAcceptableException("Accept header is not well formed");
        }
        boolean writable = accepted.stream().anyMatch(type -> WRITTEN.stream().anyMatch(type::isCompatibleWith));
        if (!writable) {
            throw new HttpMediaTypeNotAcceptableException(WRITTEN);
        }
        return true;
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
