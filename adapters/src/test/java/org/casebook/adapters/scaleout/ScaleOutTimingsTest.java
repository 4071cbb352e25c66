package org.casebook.adapters.scaleout;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScaleOutTimingsTest {

    private static final Duration BEAT = Duration.ofSeconds(5);
    private static final Duration CLAIM = Duration.ofSeconds(10);

    @Test
    void theDefaultsAreInOrder() {
        assertThatCode(() -> ScaleOutConfiguration.requireTimingsInOrder(BEAT, Duration.ofSeconds(8), CLAIM))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeadNodeMustDropOutOfTheCountBeforeItsClaimsLapse() {
        assertThatThrownBy(() -> ScaleOutConfiguration.requireTimingsInOrder(BEAT, Duration.ofSeconds(15), CLAIM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shorter than axon.eventhandling.tokenstore.claim-timeout (PT10S)");
        assertThatThrownBy(() -> ScaleOutConfiguration.requireTimingsInOrder(BEAT, CLAIM, CLAIM))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLiveNodeMustNotTimeOutBetweenTwoHeartbeats() {
        assertThatThrownBy(() -> ScaleOutConfiguration.requireTimingsInOrder(BEAT, BEAT, CLAIM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("longer than casebook.scale-out.balance-interval (PT5S)");
    }
}
