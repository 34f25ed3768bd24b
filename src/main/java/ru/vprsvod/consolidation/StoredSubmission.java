package ru.vprsvod.consolidation;

import java.time.Instant;
import java.util.List;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;

/**
 * An accepted submission as stored; its participants are read separately.
 *
 * @param replacedBy the id of the resubmission that replaced this one, or null while it is current
 */
public record StoredSubmission(long id, long fileId, String school, Work work, List<String> sheets, List<Task> tasks,
                               int participants, Instant acceptedAt, Long replacedBy) {

    public StoredSubmission {
        sheets = List.copyOf(sheets);
        tasks = List.copyOf(tasks);
    }

    public boolean current() {
        return replacedBy == null;
    }
}
