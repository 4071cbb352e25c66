package org.casebook.adapters.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the master key comes from (ADR 16). {@code CASEBOOK_MASTER_KEY_FILE} ({@code casebook.keys.master-key-file})
 * names a file of 32 random bytes. It is required unless the service runs on its embedded database or with the
 * {@code demo} profile; there, without it, a key is generated once under {@code CASEBOOK_DATA_DIR} and the log says
 * so (never the key). {@code CASEBOOK_PREVIOUS_MASTER_KEY_FILES} (comma-separated) lists keys that only unwrap, for
 * a rotation ({@link MasterKeyRotation}).
 */
@Configuration(proxyBeanMethods = false)
public class KeyCustodyConfiguration {

    static final String FILE = "casebook.keys.master-key-file";
    static final String PREVIOUS = "casebook.keys.previous-master-key-files";

    private static final Logger log = LoggerFactory.getLogger(KeyCustodyConfiguration.class);

    @Bean
    MasterKeys masterKeys(Environment environment) {
        String configured = environment.getProperty(FILE, "").trim();
        byte[] current;
        if (!configured.isEmpty()) {
            current = MasterKeys.read(Path.of(configured));
        } else if (mayGenerate(environment)) {
            Path generated = Path.of(environment.getProperty("casebook.keys.generated-master-key-file",
                    environment.getProperty("CASEBOOK_DATA_DIR", "./data") + "/master.key"));
            if (Files.exists(generated)) {
                current = MasterKeys.read(generated);
            } else {
                current = MasterKeys.generate(generated);
                log.warn("No CASEBOOK_MASTER_KEY_FILE: generated a new master key in {} (id {}). It is fit for the"
                        + " embedded database and demos only; whoever can read that file and the database can read"
                        + " every case", generated.toAbsolutePath(), MasterKeys.fingerprint(current));
            }
        } else {
            throw new MasterKeyUnavailable("CASEBOOK_MASTER_KEY_FILE is not set. Casebook on PostgreSQL without the"
                    + " demo profile refuses to start without a master key: set CASEBOOK_MASTER_KEY_FILE (or "
                    + FILE + ") to a file of 32 random bytes, e.g. made by `head -c 32 /dev/urandom > master.key`,"
                    + " readable only by the service's user and kept outside the database and its backups"
                    + " (docs/data-protection.md, Key custody).");
        }
        List<byte[]> previous = new ArrayList<>();
        for (String file : environment.getProperty(PREVIOUS, "").split(",")) {
            if (!file.isBlank()) {
                previous.add(MasterKeys.read(Path.of(file.trim())));
            }
        }
        MasterKeys keys = new MasterKeys(current, previous);
        log.info("Case keys are wrapped by master key {}; {} previous key(s) accepted for unwrapping",
                keys.current().id(), keys.knownIds().size() - 1);
        return keys;
    }

    /** Only an embedded database or a demo may run on a generated key; anything else must be given one. */
    static boolean mayGenerate(Environment environment) {
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo")
                || (environment.getActiveProfiles().length == 0
                && Arrays.asList(environment.getDefaultProfiles()).contains("demo"));
        String url = environment.getProperty("spring.datasource.url", "");
        return demo || url.startsWith("jdbc:h2:");
    }

    /** Wraps, at start-up, any case key stored before envelope encryption (idempotent). */
    @Bean
    InitializingBean wrapLegacyCaseKeys(JdbcTemplate jdbc, MasterKeys masterKeys) {
        return () -> new WrappedKeyMigration(jdbc, masterKeys).run();
    }

    /** No key is reused across requests: each request reads a case's key once (CaseKeys). */
    @Bean
    OncePerRequestFilter caseKeyScopePerRequest() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                try (CaseKeys.Scope scope = CaseKeys.openScope()) {
                    chain.doFilter(request, response);
                }
            }
        };
    }
}
