package org.casebook.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Every command the load client sent, in the order it was first sent, and the cases no client works on any more. */
public final class Journal {

    private final ConcurrentLinkedQueue<SentCommand> commands = new ConcurrentLinkedQueue<>();
    private final Set<String> finishedCases = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();

    SentCommand newCommand(String name, String user, String method, String path, String body, String caseId,
                           List<String> eventTypes) {
        SentCommand command = new SentCommand(ids.incrementAndGet(), name, user, UUID.randomUUID().toString(),
                method, path, body, caseId, eventTypes);
        commands.add(command);
        return command;
    }

    void finished(String caseId) {
        if (caseId != null) {
            finishedCases.add(caseId);
        }
    }

    public List<SentCommand> commands() {
        return new ArrayList<>(commands);
    }

    public Set<String> finishedCases() {
        return Set.copyOf(finishedCases);
    }

    public List<SentCommand> unsettled() {
        return commands.stream().filter(command -> !command.settled()).toList();
    }

    public Map<SentCommand.Outcome, Long> outcomes() {
        Map<SentCommand.Outcome, Long> counts = new java.util.EnumMap<>(SentCommand.Outcome.class);
        commands.forEach(command -> counts.merge(command.outcome(), 1L, Long::sum));
        return counts;
    }

    /** One JSON line per command, for looking into a failed run. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, commands.stream().map(SentCommand::toJson).toList());
        } catch (IOException failure) {
            System.err.println("could not write the journal to " + file + ": " + failure.getMessage());
        }
    }
}
