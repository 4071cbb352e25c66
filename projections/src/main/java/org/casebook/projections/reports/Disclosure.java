package org.casebook.projections.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Disclosure control for a breakdown whose cells add up to a published total (enquiries by channel, evaluations by
 * answer...). Hiding the small cells is not enough: with one "<5" cell and the total shown, subtraction gives it
 * away, and two hidden cells adding up to less than 5 give each other away. So the smallest other cells are hidden
 * too ("[c]") until at least two cells are hidden and together they hold 5 or more.
 */
final class Disclosure {

    private static final long ENOUGH_TO_HIDE_IN = 5;

    private Disclosure() {
    }

    static Map<String, Count> protect(Map<String, Long> partition) {
        Set<String> hidden = new TreeSet<>();
        partition.forEach((cell, value) -> {
            if (value >= 1 && value <= 4) {
                hidden.add(cell);
            }
        });
        while (!hidden.isEmpty() && (hidden.size() < 2 || sum(partition, hidden) < ENOUGH_TO_HIDE_IN)) {
            String next = partition.entrySet().stream()
                    .filter(cell -> cell.getValue() > 0 && !hidden.contains(cell.getKey()))
                    .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse(null);
            if (next == null) {
                break;
            }
            hidden.add(next);
        }
        Map<String, Count> shown = new LinkedHashMap<>();
        partition.forEach((cell, value) -> shown.put(cell, new Count(value, hidden.contains(cell))));
        return shown;
    }

    private static long sum(Map<String, Long> partition, Set<String> cells) {
        return cells.stream().mapToLong(partition::get).sum();
    }

}
