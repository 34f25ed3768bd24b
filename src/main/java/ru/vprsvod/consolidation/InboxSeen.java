package ru.vprsvod.consolidation;

import java.time.Instant;
import java.util.Objects;

/**
 * A file seen in the inbox and not taken yet, as the store remembers it between runs.
 *
 * @param path      relative to the inbox, with «/» between folders
 * @param modified  the file's own modification time, in milliseconds
 * @param since     when its size or modification time last changed, by the program's clock
 * @param firstSeen when a run first saw it
 * @param reported  whether it was already reported as waiting too long
 */
public record InboxSeen(String path, long size, long modified, Instant since, Instant firstSeen, boolean reported) {

    public InboxSeen {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
