package org.casebook.adapters.web.http;

import org.casebook.domain.casework.CaseVersionMismatch;

/** A case's version (the number of its events) as an HTTP entity tag, and back from If-Match. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller expects, or null when If-Match is absent or {@code *}. A value that names no version
     * can never match the current one, which is what 412 says.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException notAVersion) {
            throw new CaseVersionMismatch(-1, -1);
        }
    }
}
