package org.casebook.domain.compliments;

import java.time.LocalDate;
import org.casebook.domain.shared.Recorded;

/** Thanks were received [002 §5.12 (8)]. No case, no names: only when it came and how. */
public record ComplimentReceived(
        ComplimentId complimentId,
        LocalDate receivedOn,
        ComplimentKind kind,
        Recorded recorded) {
}
