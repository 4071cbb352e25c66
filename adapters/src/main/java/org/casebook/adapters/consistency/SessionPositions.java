package org.casebook.adapters.consistency;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each user's last write on this node, so that a read without {@code Casebook-After} shows the caller's own writes
 * (session consistency). One entry per user who has written since start; held in memory only, so it is per node and
 * forgotten on restart (a client that moves between nodes sends {@code Casebook-After}).
 */
@Component
public class SessionPositions {

    private final Map<String, Written> last = new ConcurrentHashMap<>();

    public void wrote(String username, Written written) {
        if (username == null || written.position() <= 0) {
            return;
        }
        last.merge(username, written, (earlier, now) -> now.position() >= earlier.position() ? now : earlier);
    }

    public Written lastWriteOf(String username) {
        return username == null ? Written.NOTHING : last.getOrDefault(username, Written.NOTHING);
    }
}
