package org.casebook.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The negative control: the harness itself damages the store the way a broken service would, so that a green run is
 * known to mean something. {@code drop} deletes the newest event of a case no client works on any more (so the case
 * stays loadable), as if an acknowledged append had been lost; {@code duplicate} inserts a copy of such an event
 * under a new event identifier at the next sequence number, as if a retried command had been appended twice.
 */
public enum Tampering {
    NONE, DROP, DUPLICATE;

    /** "none", "drop", "duplicate", or both as "drop,duplicate" (each on a different case). */
    public static List<Tampering> parse(String value) {
        return java.util.Arrays.stream(value.split(",")).map(one -> valueOf(one.trim().toUpperCase()))
                .filter(one -> one != NONE).toList();
    }

    /** Damages one acknowledged event; returns what it did, naming the case and the command, or empty if it could not. */
    public Optional<String> apply(Database database, Journal journal, java.util.Set<String> untouchable) {
        if (this == NONE) {
            return Optional.empty();
        }
        List<String> finished = List.copyOf(journal.finishedCases());
        for (SentCommand last : journal.commands().stream()
                .filter(SentCommand::acknowledged)
                .filter(command -> finished.contains(command.caseId()) && !untouchable.contains(command.caseId()))
                .filter(command -> command.eventTypes.size() == 1 && command.version() >= 2)
                .sorted(Comparator.comparingLong((SentCommand command) -> command.id).reversed())
                .toList()) {
            boolean newestOfItsCase = journal.commands().stream()
                    .filter(other -> last.caseId().equals(other.caseId()) && other != last)
                    .allMatch(other -> other.settled() && (!other.acknowledged() || other.version() < last.version()));
            if (!newestOfItsCase) {
                continue;
            }
            long sequence = last.version() - 1;
            try (Connection connection = database.connect()) {
                if (this == DROP) {
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM domain_event_entry "
                            + "WHERE aggregate_identifier = ? AND sequence_number = ?");
                    delete.setString(1, last.caseId());
                    delete.setLong(2, sequence);
                    if (delete.executeUpdate() == 1) {
                        untouchable.add(last.caseId());
                        return Optional.of("deleted the event at sequence " + sequence + " of case " + last.caseId()
                                + ", appended by " + last.describe());
                    }
                } else {
                    PreparedStatement newest = connection.prepareStatement("SELECT max(sequence_number) "
                            + "FROM domain_event_entry WHERE aggregate_identifier = ?");
                    newest.setString(1, last.caseId());
                    ResultSet max = newest.executeQuery();
                    max.next();
                    if (max.getLong(1) != sequence) {
                        continue;
                    }
                    PreparedStatement copy = connection.prepareStatement("INSERT INTO domain_event_entry "
                            + "(event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                            + "payload_type, payload_revision, payload, meta_data) "
                            + "SELECT ?, aggregate_identifier, sequence_number + 1, type, time_stamp, payload_type, "
                            + "payload_revision, payload, meta_data FROM domain_event_entry "
                            + "WHERE aggregate_identifier = ? AND sequence_number = ?");
                    copy.setString(1, UUID.randomUUID().toString());
                    copy.setString(2, last.caseId());
                    copy.setLong(3, sequence);
                    if (copy.executeUpdate() == 1) {
                        untouchable.add(last.caseId());
                        return Optional.of("inserted a copy of the event at sequence " + sequence + " of case "
                                + last.caseId() + " at sequence " + (sequence + 1) + ", the event of "
                                + last.describe());
                    }
                }
            } catch (SQLException failure) {
                throw new IllegalStateException("tampering failed", failure);
            }
        }
        return Optional.empty();
    }
}
