package org.casebook.domain.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The compiled classes of the casework package (target/classes), so that a test can notice a new command or event
 * that nobody wrote a test case for.
 */
final class CaseworkClasses {

    private CaseworkClasses() {
    }

    static List<Class<?>> implementationsOf(Class<?> type) {
        try (Stream<Path> files = Files.list(compiledPackage())) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
                    .map(name -> load(name.substring(0, name.length() - ".class".length())))
                    .filter(type::isAssignableFrom)
                    .filter(candidate -> !candidate.isInterface() && !Modifier.isAbstract(candidate.getModifiers()))
                    .sorted(Comparator.comparing(Class::getSimpleName))
                    .<Class<?>>map(candidate -> candidate)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@link CaseEvent} was compiled to: target/classes/org/casebook/domain/casework in a Maven build. */
    private static Path compiledPackage() {
        try {
            Path classesRoot = Path.of(CaseEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path packageDirectory = classesRoot.resolve(CaseEvent.class.getPackageName().replace('.', '/'));
            if (!Files.isDirectory(packageDirectory)) {
                throw new IllegalStateException("casework classes are not in a directory: " + classesRoot);
            }
            return packageDirectory;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(CaseEvent.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
