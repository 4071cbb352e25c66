package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginThrottleIT extends PostgresIntegrationTest {

    @Test
    void repeatedFailedLoginsAreThrottledWithRetryAfter() {
        String guessedUser = "guess-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Response failed = api.as(guessedUser).password("wrong-" + attempt).get("/api/caseload");
            assertThat(failed.status()).as("attempt " + attempt).isEqualTo(401);
        }

        Api.Response throttled = api.as(guessedUser).password("anything").get("/api/caseload");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(throttled.problemType()).isEqualTo("/problems/too-many-failed-logins");
    }

    @Test
    void aFewMistakesDoNotLockAnyoneOut() {
        String user = "typo-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 4; attempt++) {
            api.as(user).password("wrong").get("/api/caseload");
        }

        assertThat(api.as(user).password("wrong").get("/api/caseload").status()).isEqualTo(401);
    }
}
