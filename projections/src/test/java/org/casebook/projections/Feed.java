package org.casebook.projections;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.UUID;

/**
 * Hands an event to a projection's {@code @EventHandler} as its processor would, outside a unit of work (so each
 * event's batch is written at once): the handler for the event's type, given the event's identifier where it asks
 * for one. Found by type, so a test does not depend on which handlers take the identifier.
 */
public final class Feed {

    private Feed() {
    }

    public static void event(Object projection, Object event) {
        event(projection, event, UUID.randomUUID().toString());
    }

    public static void event(Object projection, Object event, String eventId) {
        for (Method handler : projection.getClass().getDeclaredMethods()) {
            if (handler.getName().equals("on") && handler.getParameterCount() >= 1
                    && handler.getParameterTypes()[0].isInstance(event)) {
                Object[] arguments = handler.getParameterCount() == 1 ? new Object[] {event}
                        : new Object[] {event, eventId};
                try {
                    handler.setAccessible(true);
                    handler.invoke(projection, arguments);
                    return;
                } catch (InvocationTargetException failed) {
                    throw failed.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(failed.getCause());
                } catch (IllegalAccessException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        throw new IllegalArgumentException(projection.getClass().getSimpleName() + " does not handle "
                + event.getClass().getSimpleName());
    }
}
