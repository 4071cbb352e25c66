package org.casebook.adapters.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Master key files for tests: 32 random bytes each, as `head -c 32 /dev/urandom` makes, deleted at exit. */
final class TestMasterKeys {

    /** The master key every test service of this run is given (CASEBOOK_MASTER_KEY_FILE). */
    static final Path SHARED = fresh();

    private TestMasterKeys() {
    }

    static Path fresh() {
        try {
            Path file = Files.createTempFile("casebook-master", ".key");
            byte[] raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Files.write(file, raw);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
