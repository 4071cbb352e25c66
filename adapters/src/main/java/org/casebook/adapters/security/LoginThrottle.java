package org.casebook.adapters.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins from one address for one username within
 * {@link #WINDOW}, further attempts are refused (429 with Retry-After) until the oldest failure leaves the window.
 * Kept in memory per node: enough to make guessing impractical, and it forgets on restart.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(WINDOW)
            .build();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public void failed(String address, String username) {
        Deque<Instant> times = failures.get(key(address, username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > MAX_FAILURES) {
                times.removeFirst();
            }
        }
    }

    public void succeeded(String address, String username) {
        failures.invalidate(key(address, username));
    }

    /** How long the caller must wait, if they are locked out. */
    public Optional<Duration> lockedOutFor(String address, String username) {
        Deque<Instant> times = failures.getIfPresent(key(address, username));
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            times.removeIf(time -> time.plus(WINDOW).isBefore(now));
            if (times.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    private static String key(String address, String username) {
        return address + "|" + (username == null ? "" : username);
    }
}
