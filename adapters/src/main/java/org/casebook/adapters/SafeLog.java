package org.casebook.adapters;

/**
 * Describes an exception for the log without its messages: messages of parsers and drivers quote the input, and
 * the input may be what a parent told us in confidence.
 */
public final class SafeLog {

    private SafeLog() {
    }

    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth < 5) {
            if (depth > 0) {
                out.append(" <- caused by ");
            }
            out.append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(3, frames.length); i++) {
                out.append(" at ").append(frames[i]);
            }
            current = current.getCause();
            depth++;
        }
        return out.toString();
    }
}
