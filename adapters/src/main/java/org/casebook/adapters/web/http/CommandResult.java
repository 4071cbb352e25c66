package org.casebook.adapters.web.http;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** What a command endpoint answers: status, a body of identifiers, the case version for the ETag, a Location. */
public record CommandResult(HttpStatus status, Map<String, Object> body, long version, String location) {

    public static CommandResult created(Map<String, Object> body, long version, String location) {
        return new CommandResult(HttpStatus.CREATED, body, version, location);
    }

    public static CommandResult ok(Map<String, Object> body, long version) {
        return new CommandResult(HttpStatus.OK, body, version, null);
    }
}
