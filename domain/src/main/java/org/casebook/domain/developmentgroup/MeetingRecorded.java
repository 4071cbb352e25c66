package org.casebook.domain.developmentgroup;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebook.domain.shared.Recorded;

/**
 * The group met: who attended, who sent apologies, and who chaired; every other member was absent without apologies.
 *
 * <p>Revision 2 adds {@code chairedBy}, the parent member who chaired [002 §8.15]: the quorum leaves them out and
 * only they hold the casting vote [002 §8.17, §8.18]. Revision 1 events (stored without a revision) did not say;
 * they are upcast with {@code chairedBy} null, which means what it meant then: the standing chair chaired if present,
 * and nobody did otherwise.
 */
@Revision("2")
public record MeetingRecorded(
        MeetingId meetingId,
        LocalDate heldOn,
        List<MemberId> present,
        List<MemberId> apologies,
        MemberId chairedBy,
        Recorded recorded) implements GroupEvent {
}
