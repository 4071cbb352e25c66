package org.casebook.adapters.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter's part of a waiting read (ADR 0035), with servlet mocks: when it goes asynchronous, that it is
 * dispatched once with the wait's outcome, and how the second dispatch is answered.
 */
class WaitingReadsTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/caseload");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    {
        request.setAsyncSupported(true); // as WebConfiguration registers the filter
    }

    @Test
    void aReadWhoseReadModelIsThereGoesStraightOn() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        filter(CompletableFuture.completedFuture(true)).doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("handed on at once").isNotNull();
        assertThat(request.isAsyncStarted()).isFalse();
        assertThat(response.getHeader(ReadYourWrites.STALE_HEADER)).isNull();
        assertWaits(1, 0, 0);
    }

    @Test
    void aReadWithNothingToWaitForIsCountedAsNoWait() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        new WaitingReads(request -> Optional.empty(), Duration.ofSeconds(2), new ReadWaits(registry))
                .doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertWaits(1, 0, 0);
    }

    @Test
    void aReadThatMustWaitFreesItsThreadAndIsDispatchedOnceItsReadModelGetsThere() throws Exception {
        CompletableFuture<Boolean> reached = new CompletableFuture<>();
        MockFilterChain chain = new MockFilterChain();

        filter(reached).doFilter(request, response, chain);

        assertThat(request.isAsyncStarted()).as("the request thread is given back").isTrue();
        assertThat(chain.getRequest()).as("not answered yet").isNull();
        MockAsyncContext async = (MockAsyncContext) request.getAsyncContext();
        assertThat(async.getDispatchedPath()).isNull();

        assertWaits(0, 0, 0);
        reached.complete(true);

        assertThat(async.getDispatchedPath()).isEqualTo("/api/caseload");
        assertWaits(0, 1, 0);
        MockFilterChain answering = new MockFilterChain();
        request.setDispatcherType(DispatcherType.ASYNC);
        filter(new CompletableFuture<>()).doFilter(request, response, answering);
        assertThat(answering.getRequest()).as("answered on the second dispatch, without waiting again").isNotNull();
        assertThat(response.getHeader(ReadYourWrites.STALE_HEADER)).isNull();
    }

    @Test
    void aWaitThatRunsOutIsAnsweredStale() throws Exception {
        CompletableFuture<Boolean> reached = new CompletableFuture<>();
        filter(reached).doFilter(request, response, new MockFilterChain());

        reached.complete(false);
        request.setDispatcherType(DispatcherType.ASYNC);
        filter(new CompletableFuture<>()).doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader(ReadYourWrites.STALE_HEADER)).isEqualTo("true");
        assertWaits(0, 0, 1);
    }

    /** Tomcat's time-out is only a backstop: it answers stale, and the wait ending later dispatches nothing more. */
    @Test
    void tomcatsTimeOutAnswersStaleAndIsTheOnlyDispatch() throws Exception {
        CompletableFuture<Boolean> reached = new CompletableFuture<>();
        filter(reached).doFilter(request, response, new MockFilterChain());
        MockAsyncContext async = (MockAsyncContext) request.getAsyncContext();
        assertThat(async.getTimeout()).isEqualTo(Duration.ofSeconds(32).toMillis());

        for (AsyncListener listener : async.getListeners()) {
            listener.onTimeout(new AsyncEvent(async));
        }
        assertThat(async.getDispatchedPath()).isEqualTo("/api/caseload");
        assertThat(request.getAttribute(WaitingReads.WAITED)).isEqualTo(false);

        reached.complete(true);
        assertThat(request.getAttribute(WaitingReads.WAITED)).as("not dispatched a second time").isEqualTo(false);
        assertWaits(0, 0, 1);
    }

    @Test
    void aCommandNeverWaits() throws Exception {
        MockHttpServletRequest command = new MockHttpServletRequest("POST", "/api/caseload");
        MockFilterChain chain = new MockFilterChain();

        filter(new CompletableFuture<>()).doFilter(command, response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(command.isAsyncStarted()).isFalse();
        assertWaits(0, 0, 0);
    }

    private WaitingReads filter(CompletableFuture<Boolean> reached) {
        return new WaitingReads(request -> Optional.of(reached), Duration.ofSeconds(2), new ReadWaits(registry));
    }

    private void assertWaits(long none, long inTime, long stale) {
        assertThat(new long[] {waits(ReadWaits.Outcome.NONE), waits(ReadWaits.Outcome.IN_TIME),
                waits(ReadWaits.Outcome.STALE)})
                .as("casebook.reads.wait by outcome: none, in_time, stale").containsExactly(none, inTime, stale);
    }

    private long waits(ReadWaits.Outcome outcome) {
        var timer = registry.find("casebook.reads.wait").tag("outcome", outcome.tag).timer();
        return timer == null ? 0 : timer.count();
    }
}
