package org.casebook.adapters.web.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a read-model query that must wait for its read model ({@link ReadYourWrites}) wait without its request thread.
 * The request goes asynchronous, the thread goes back to Tomcat's few (ADR 0033), and once the read model has
 * processed the position, or {@code max-wait} has passed, the request is dispatched again and answered as usual, with
 * {@code Casebook-Stale: true} if the wait ran out. A read that needs no wait goes straight on.
 *
 * <p>Registered after Spring Security ({@link WebConfiguration}), so the caller is known (a read without
 * {@code Casebook-After} waits for the caller's own last write) and an unauthorised read never waits. The second
 * dispatch passes Spring Security again, with the authentication the first one saved on the request.
 */
final class WaitingReads extends OncePerRequestFilter {

    /** Set on a read once its wait is over: true if its read model got there in time. */
    static final String WAITED = WaitingReads.class.getName() + ".WAITED";

    private final Function<HttpServletRequest, Optional<CompletableFuture<Boolean>>> waits;
    private final long asyncTimeoutMillis;
    private final ReadWaits meters;

    WaitingReads(ReadYourWrites readYourWrites, Duration maxWait, ReadWaits meters) {
        this(readYourWrites::waitFor, maxWait, meters);
    }

    /** {@code waits}: the wait a read needs ({@link ReadYourWrites#waitFor}). */
    WaitingReads(Function<HttpServletRequest, Optional<CompletableFuture<Boolean>>> waits, Duration maxWait,
                 ReadWaits meters) {
        this.waits = waits;
        this.meters = meters;
        // The wait ends at max-wait; Tomcat's own time-out is only a backstop, well beyond it.
        this.asyncTimeoutMillis = maxWait.toMillis() + Duration.ofSeconds(30).toMillis();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request) || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            answer(request, response, chain);
            return;
        }
        long started = System.nanoTime();
        Optional<CompletableFuture<Boolean>> wait = waits.apply(request);
        if (wait.isEmpty()) {
            meters.ended(ReadWaits.Outcome.NONE, started);
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<Boolean> reached = wait.get();
        if (reached.isDone()) {
            boolean inTime = reached.getNow(false);
            meters.ended(inTime ? ReadWaits.Outcome.NONE : ReadWaits.Outcome.STALE, started);
            request.setAttribute(WAITED, inTime);
            answer(request, response, chain);
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(asyncTimeoutMillis);
        AtomicBoolean dispatched = new AtomicBoolean();
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                // Only if the watcher never answered: the read is answered stale rather than as an error.
                dispatch(request, async, dispatched, false, started);
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        reached.whenComplete((inTime, failed) -> dispatch(request, async, dispatched, Boolean.TRUE.equals(inTime),
                started));
    }

    private void dispatch(HttpServletRequest request, AsyncContext async, AtomicBoolean dispatched, boolean inTime,
                          long started) {
        if (dispatched.compareAndSet(false, true)) {
            meters.ended(inTime ? ReadWaits.Outcome.IN_TIME : ReadWaits.Outcome.STALE, started);
            request.setAttribute(WAITED, inTime);
            async.dispatch();
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Boolean.FALSE.equals(request.getAttribute(WAITED))) {
            response.setHeader(ReadYourWrites.STALE_HEADER, "true");
        }
        chain.doFilter(request, response);
    }
}
