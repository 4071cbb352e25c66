package org.casebook.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loops must allow exactly what Spring's own expressions allow. */
class RequestFirewallTest {

    private static final Pattern SPRING_ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern SPRING_HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithSpringOnEveryCodePoint() {
        int refused = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            assertAgrees(text);
            refused += RequestFirewall.ASSIGNED_AND_NOT_CONTROL.test(text) ? 0 : 1;
        }
        // Not a rule that allows everything: controls and unassigned code points are refused.
        assertThat(refused).isGreaterThan(800_000);
        assertThat(RequestFirewall.ASSIGNED_AND_NOT_CONTROL.test("a\u0085b")).isFalse();
        assertThat(RequestFirewall.HEADER_VALUE.test("a\tb")).isTrue();
        assertThat(RequestFirewall.ASSIGNED_AND_NOT_CONTROL.test("a\tb")).isFalse();
    }

    @Test
    void agreesWithSpringOnSurrogatesAndEdges() {
        List.of("", "\uD83D\uDE00 smile", "lone \uD83D high", "lone \uDE00 low", "\uDE00\uD83D",
                "application/problem+json, application/json;q=0.9", "Basic Y2FzZXdvcmtlcjE6eA==", "\u0000", "\u007F",
                "\u00A0nbsp", "\uFFFF", "\uDB80\uDC00 private use").forEach(RequestFirewallTest::assertAgrees);
    }

    private static void assertAgrees(String text) {
        same(RequestFirewall.ASSIGNED_AND_NOT_CONTROL, SPRING_ASSIGNED_AND_NOT_CONTROL, text);
        same(RequestFirewall.HEADER_VALUE, SPRING_HEADER_VALUE, text);
    }

    private static void same(Predicate<String> loop, Pattern spring, String text) {
        assertThat(loop.test(text)).as("%s on %s", spring, text).isEqualTo(spring.matcher(text).matches());
    }
}
