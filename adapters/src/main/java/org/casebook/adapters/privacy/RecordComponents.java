package org.casebook.adapters.privacy;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A record type's components, looked up once per type. {@link Class#getRecordComponents()} builds new reflection
 * objects at every call, and sealing, opening and redacting walk every event and view that passes: in a profile of
 * the 1,000,000-event rebuild those copies were 234 MB of the decoders' allocations (performance.md).
 */
public final class RecordComponents {

    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? List.of() : List.of(components);
        }
    };

    private RecordComponents() {
    }

    /** The components of a record type in declaration order; empty for a type that is not a record. */
    public static List<RecordComponent> of(Class<?> type) {
        return COMPONENTS.get(type);
    }
}
