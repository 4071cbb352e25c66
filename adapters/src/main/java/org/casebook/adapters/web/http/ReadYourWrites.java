package org.casebook.adapters.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.casebook.adapters.consistency.ReadModelProgress;
import org.casebook.adapters.consistency.SessionPositions;
import org.casebook.adapters.consistency.Written;
import org.casebook.adapters.security.CurrentActor;
import org.casebook.adapters.eventprocessing.ReadModels;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Before a read-model query answers, waits until its read model has processed the position the caller asks for
 * ({@code Casebook-After: n}) or, without that header, the caller's own last write on this node. Past
 * {@code casebook.consistency.max-wait} it answers with what it has and {@code Casebook-Stale: true} (contract,
 * "Reading your own writes"; ADR 0019).
 *
 * <p>The Development Group's {@code GET}s fold the group's events on read (ADR 2), so they already show every committed
 * write: they accept the header and never wait.
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    public static final String AFTER_HEADER = "Casebook-After";
    public static final String STALE_HEADER = "Casebook-Stale";
    /** The paths this interceptor is registered for (WebConfiguration). */
    static final String[] PATHS = {"/api/caseload", "/api/reports/**", "/api/development-group/**"};

    private final ReadModelProgress progress;
    private final SessionPositions sessions;
    private final CurrentActor currentActor;

    public ReadYourWrites(ReadModelProgress progress, SessionPositions sessions, CurrentActor currentActor) {
        this.progress = progress;
        this.sessions = sessions;
        this.currentActor = currentActor;
    }

    /**
     * Refuses a {@code Casebook-After} that is not a position, with a problem response. A read that
     * {@link WaitingReads} has already waited for goes on; any other (a path it does not cover) waits here, on its
     * request thread.
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || request.getAttribute(WaitingReads.WAITED) != null) {
            return true;
        }
        Written target = target(request);
        List<String> processors = processorsOf(request.getRequestURI());
        if (!progress.await(processors, target)) {
            response.setHeader(STALE_HEADER, "true");
        }
        return true;
    }

    /**
     * The wait a read needs before it is answered: complete at once when it needs none, empty when its
     * {@code Casebook-After} is not a position (answered by {@link #preHandle}).
     */
    Optional<CompletableFuture<Boolean>> waitFor(HttpServletRequest request) {
        Written target;
        try {
            target = target(request);
        } catch (InvalidQuery refused) {
            return Optional.empty();
        }
        return Optional.of(progress.whenProcessed(processorsOf(request.getRequestURI()), target));
    }

    private Written target(HttpServletRequest request) {
        String after = request.getHeader(AFTER_HEADER);
        if (after == null) {
            return sessions.lastWriteOf(currentActor.get().username());
        }
        try {
            long position = Long.parseLong(after.trim());
            if (position >= 0) {
                return new Written(position);
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidQuery(AFTER_HEADER, "must be a store position: a whole number, 0 or more");
    }

    /** The processors whose tokens a read of {@code path} waits on: the caseload and reports share one (ADR 0027). */
    static List<String> processorsOf(String path) {
        if (path.startsWith("/api/caseload") || path.startsWith("/api/reports/")) {
            return List.of(ReadModels.PROCESSOR);
        }
        return List.of();
    }
}
