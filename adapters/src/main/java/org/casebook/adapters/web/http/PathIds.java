package org.casebook.adapters.web.http;

import java.util.function.Function;
import java.util.function.Supplier;

/** Identifiers in a path: one that is not even well formed names nothing, so it is a 404 like any unknown one. */
public final class PathIds {

    private PathIds() {
    }

    public static <T> T parse(String value, Function<String, T> parser, Supplier<? extends RuntimeException> notFound) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException notAnId) {
            throw notFound.get();
        }
    }
}
