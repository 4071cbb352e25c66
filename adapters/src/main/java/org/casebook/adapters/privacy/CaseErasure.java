package org.casebook.adapters.privacy;

import org.casebook.application.casework.Casework;
import org.casebook.domain.casework.CaseId;
import org.casebook.domain.casework.EraseCase;
import org.casebook.domain.shared.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a case: records {@code CaseErased} and destroys the case's key in one transaction, so there is never an
 * erasure on record whose key survives, nor a destroyed key without its record.
 */
@Component
public class CaseErasure {

    private final Casework casework;
    private final CaseKeys keys;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    public CaseErasure(Casework casework, CaseKeys keys, PlatformTransactionManager transactionManager,
                       JdbcTemplate jdbc) {
        this.casework = casework;
        this.keys = keys;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** @return the case version after erasure */
    public long erase(CaseId caseId, String reason, Actor actor, Long expectedVersion) {
        return erase(new EraseCase(caseId, reason, actor, expectedVersion));
    }

    /** Erases a case because record-keeping consent was withdrawn; the case refuses if it was given again. */
    public long eraseForWithdrawnConsent(CaseId caseId, String reason, Actor actor) {
        return erase(new EraseCase(caseId, reason, true, actor, null));
    }

    private long erase(EraseCase command) {
        CaseId caseId = command.caseId();
        Long version = transaction.execute(status -> {
            long reached = casework.record(command);
            keys.destroy(caseId.value());
            // The reports read model keeps safeguarding justifications (staff's words about the family) for
            // managers; the projection clears them when it reaches CaseErased, but every node must stop showing
            // them as soon as the erasure has answered, so they are cleared here too, in the same transaction.
            jdbc.update("UPDATE report_safeguarding_override SET justification = NULL WHERE case_id = ?",
                    caseId.value());
            return reached;
        });
        keys.forget(caseId.value());
        return version;
    }
}
