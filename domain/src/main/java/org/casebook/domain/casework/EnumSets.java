package org.casebook.domain.casework;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Enum sets in declaration order, so that stored JSON and history read the same way every time. */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> Set<E> copyOf(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(value -> {
                if (value != null) {
                    set.add(value);
                }
            });
        }
        return Collections.unmodifiableSet(set);
    }
}
