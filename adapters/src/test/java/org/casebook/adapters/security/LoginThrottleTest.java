package org.casebook.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void locksOutAfterFiveFailuresUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.9.9.9", "alex");
            now = now.plusSeconds(60);
        }

        assertThat(throttle.lockedOutFor("10.9.9.9", "alex")).contains(Duration.ofMinutes(5));
        now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
        assertThat(throttle.lockedOutFor("10.9.9.9", "alex")).isEmpty();
    }

    @Test
    void anotherAddressOrUserIsNotLockedOut() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.9.9.9", "alex");
        }

        assertThat(throttle.lockedOutFor("10.9.9.8", "alex")).isEmpty();
        assertThat(throttle.lockedOutFor("10.9.9.9", "sam")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.9.9.9", "alex");
        }
        throttle.succeeded("10.9.9.9", "alex");
        throttle.failed("10.9.9.9", "alex");

        assertThat(throttle.lockedOutFor("10.9.9.9", "alex")).isEmpty();
    }
}
