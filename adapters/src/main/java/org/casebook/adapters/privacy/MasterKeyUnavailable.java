package org.casebook.adapters.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The service cannot have its master key (not configured, unreadable, wrong size). Its message names the file and the
 * setting, never the file's content; {@link Analyzer} prints it as Spring Boot's "APPLICATION FAILED TO START" block.
 */
public class MasterKeyUnavailable extends IllegalStateException {

    public MasterKeyUnavailable(String message) {
        super(message);
    }

    /** Registered in META-INF/spring.factories. */
    public static class Analyzer extends AbstractFailureAnalyzer<MasterKeyUnavailable> {
        @Override
        protected FailureAnalysis analyze(Throwable root, MasterKeyUnavailable cause) {
            return new FailureAnalysis(cause.getMessage(), "Give the service its master key: set"
                    + " CASEBOOK_MASTER_KEY_FILE to a file of 32 random bytes (head -c 32 /dev/urandom > master.key),"
                    + " readable only by the service's user. See docs/data-protection.md, Key custody.", cause);
        }
    }
}
