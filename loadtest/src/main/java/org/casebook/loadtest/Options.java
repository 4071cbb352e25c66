package org.casebook.loadtest;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments, with defaults. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals < 0) {
                values.put(arg.substring(2), "true");
            } else {
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
    }

    String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    int number(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
