package org.casebook.adapters.privacy;

import java.util.List;
import org.casebook.adapters.privacy.MasterKeys.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wraps every case key still stored in the clear ({@code key_bytes}, before migration V14_1) with the current master
 * key, and clears the clear copy. Idempotent and safe on several nodes at once: a row is changed only while it still
 * holds a clear key, so a key wrapped by another node, or destroyed by an erasure meanwhile, is left as it is.
 */
public final class WrappedKeyMigration {

    private static final Logger log = LoggerFactory.getLogger(WrappedKeyMigration.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final MasterKeys masterKeys;

    public WrappedKeyMigration(JdbcTemplate jdbc, MasterKeys masterKeys) {
        this.jdbc = jdbc;
        this.masterKeys = masterKeys;
    }

    /** @return how many keys this run wrapped */
    public int run() {
        MasterKey current = masterKeys.current();
        int wrapped = 0;
        String after = "";
        while (true) {
            List<Object[]> rows = jdbc.query("SELECT case_id, key_bytes FROM case_key WHERE key_bytes IS NOT NULL"
                            + " AND case_id > ? ORDER BY case_id LIMIT " + BATCH,
                    (rs, row) -> new Object[] {rs.getString(1), rs.getBytes(2)}, after);
            for (Object[] row : rows) {
                String caseId = (String) row[0];
                byte[] clear = (byte[]) row[1];
                wrapped += jdbc.update("UPDATE case_key SET wrapped_key = ?, master_key_id = ?, key_bytes = NULL"
                                + " WHERE case_id = ? AND key_bytes IS NOT NULL",
                        masterKeys.wrap(caseId, clear, current), current.id(), caseId);
                after = caseId;
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
        if (wrapped > 0) {
            log.info("Wrapped {} case key(s) stored before envelope encryption with master key {}", wrapped,
                    current.id());
        }
        return wrapped;
    }
}
