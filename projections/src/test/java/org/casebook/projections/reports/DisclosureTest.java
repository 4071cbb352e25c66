package org.casebook.projections.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static Map<String, Object> shown(Object... cellsAndValues) {
        Map<String, Long> partition = new LinkedHashMap<>();
        for (int i = 0; i < cellsAndValues.length; i += 2) {
            partition.put((String) cellsAndValues[i], ((Number) cellsAndValues[i + 1]).longValue());
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        Disclosure.protect(partition).forEach((cell, count) -> shown.put(cell, count.shown()));
        return shown;
    }

    @Test
    void aBreakdownWithNoSmallCountsIsShownAsItIs() {
        assertThat(shown("PHONE", 12, "EMAIL", 0, "LETTER", 7)).containsExactly(
                Map.entry("PHONE", 12L), Map.entry("EMAIL", 0L), Map.entry("LETTER", 7L));
    }

    @Test
    void aSingleSmallCountCannotBeWorkedOutFromTheTotal() {
        // 5 phone + 2 email = 7: with the total shown, hiding only the 2 would give it away.
        assertThat(shown("PHONE", 5, "EMAIL", 2, "LETTER", 9)).containsExactly(
                Map.entry("PHONE", "[c]"), Map.entry("EMAIL", "<5"), Map.entry("LETTER", 9L));
    }

    @Test
    void twoSmallCountsThatTogetherAreUnderFiveHideAnotherCell() {
        assertThat(shown("A", 1, "B", 1, "C", 20, "D", 6)).containsExactly(
                Map.entry("A", "<5"), Map.entry("B", "<5"), Map.entry("C", 20L), Map.entry("D", "[c]"));
    }

    @Test
    void twoSmallCountsOfFiveOrMoreTogetherNeedNothingElseHidden() {
        assertThat(shown("A", 2, "B", 3, "C", 20)).containsExactly(
                Map.entry("A", "<5"), Map.entry("B", "<5"), Map.entry("C", 20L));
    }

    @Test
    void zeroIsNeverHidden() {
        assertThat(shown("A", 0, "B", 3)).containsExactly(Map.entry("A", 0L), Map.entry("B", "<5"));
    }
}
