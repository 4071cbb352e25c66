package org.casebook.adapters.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.domain.shared.Actor;
import org.casebook.domain.shared.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every successful read of one case's data (the case, as now or as of an instant, its history, its subject
 * access export) once the response has been sent, so that the controllers that serve them need not know. What is
 * kept is the route template the request matched, never the path as sent, a query value (bar the asOf instant, as
 * parsed) or anything from the response. Failed reads (4xx, 5xx) are not reads of the case and are not recorded.
 */
@Component
class AccessAuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessAuditInterceptor.class);

    /** The case reads, whatever the controller calls its path variable. */
    static final Set<String> CASE_READS = Set.of("/api/cases/{id}", "/api/cases/{id}/history",
            "/api/cases/{id}/subject-access");

    private static final String READER = AccessAuditInterceptor.class.getName() + ".reader";

    private final AccessLog accessLog;
    private final CurrentActor currentActor;

    AccessAuditInterceptor(AccessLog accessLog, CurrentActor currentActor) {
        this.accessLog = accessLog;
        this.currentActor = currentActor;
    }

    /** Who is reading, and when: the moment the request arrived, so that sequential reads list in order. */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        try {
            request.setAttribute(READER, currentActor.get());
        } catch (RuntimeException anonymous) {
            // Security refuses such a request before it gets here; nothing to record.
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (failure != null || !"GET".equals(request.getMethod()) || response.getStatus() / 100 != 2) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = pattern == null ? null : pattern.toString().replaceAll("\\{[^}/]+}", "{id}");
        if (route == null || !CASE_READS.contains(route)) {
            return;
        }
        String caseId = caseId(request);
        if (caseId == null) {
            return;
        }
        if (!(request.getAttribute(READER) instanceof Actor reader)) {
            return;
        }
        try {
            accessLog.append(new AccessRecord(reader.at(), reader.username(), reader.role(), caseId,
                    endpoint(route, request), reader.role() == StaffRole.AUDITOR));
        } catch (RuntimeException notRecorded) {
            // Identifiers only: never the failure's message, which may quote values.
            log.error("A read of case {} could not be recorded in the access log: {}", caseId,
                    notRecorded.getClass().getName());
        }
    }

    private static String caseId(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || variables.size() != 1) {
            return null;
        }
        String value = String.valueOf(variables.values().iterator().next());
        try {
            return value.length() == 36 && UUID.fromString(value) != null ? value : null;
        } catch (IllegalArgumentException notAnIdentifier) {
            return null;
        }
    }

    /** {@code GET <route>}, plus {@code ?asOf=<instant>} for a case as it stood at an instant. */
    private static String endpoint(String route, HttpServletRequest request) {
        String endpoint = "GET " + route;
        String asOf = request.getParameter("asOf");
        if (asOf != null && route.equals("/api/cases/{id}")) {
            Instant instant = instant(asOf);
            endpoint += instant == null ? "?asOf" : "?asOf=" + instant;
        }
        return endpoint;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }
    }
}
