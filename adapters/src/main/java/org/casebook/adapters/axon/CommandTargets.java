package org.casebook.adapters.axon;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Which aggregate a command is for, as Axon's {@link AnnotationCommandTargetResolver} decides it, with the annotated
 * member looked up once per command type instead of on every command. Axon's walks the command's methods, fields and
 * their (meta-)annotations for each command it routes: about 4 % of what the service allocated under the mixed
 * workload in a profile (issue 12, docs/performance.md, 2026-12-05). The member is fixed by the class, so it is found
 * the same way (methods before fields, meta-annotations counted) once, and only read per command. The answers and
 * the refusals are Axon's own, word for word ({@code CommandTargetsTest} compares the two).
 */
final class CommandTargets implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> commandType) {
            return new Target(member(commandType, TargetAggregateIdentifier.class),
                    member(commandType, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Target target = targets.get(command.getPayloadType());
        Object identifier;
        Long version;
        try {
            identifier = target.identifier().read(command.getPayload());
            version = asLong(target.version().read(command.getPayload()));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information form a "
                    + "command", e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("The current security context does not allow extraction of aggregate "
                    + "information from the given command.", e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value provided for the version is not a number.", e);
        }
        if (identifier == null) {
            throw new IllegalArgumentException(String.format("Invalid command. It does not identify the target "
                    + "aggregate. Make sure at least one of the fields or methods in the [%s] class contains the "
                    + "@TargetAggregateIdentifier annotation and that it returns a non-null value.",
                    command.getPayloadType().getSimpleName()));
        }
        return new VersionedAggregateIdentifier(identifier, version);
    }

    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        return version instanceof Number number ? Long.valueOf(number.longValue())
                : Long.valueOf(Long.parseLong(version.toString()));
    }

    /** The first method, else the first field, that carries the annotation, in the order Axon looks at them. */
    private static Member member(Class<?> commandType, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(commandType)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                Method accessible = ReflectionUtils.ensureAccessible(method);
                return accessible::invoke;
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(commandType)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return command -> ReflectionUtils.getFieldValue(field, command);
            }
        }
        return command -> null;
    }

    private record Target(Member identifier, Member version) {
    }

    @FunctionalInterface
    private interface Member {
        Object read(Object command) throws InvocationTargetException, IllegalAccessException;
    }
}
