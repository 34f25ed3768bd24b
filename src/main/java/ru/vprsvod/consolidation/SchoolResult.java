package ru.vprsvod.consolidation;

import java.util.Objects;
import ru.vprsvod.reference.School;
import ru.vprsvod.statistics.WorkStats;

/** One school's current results on one work. */
public record SchoolResult(School school, StoredSubmission submission, WorkStats stats) {

    public SchoolResult {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(stats, "stats");
    }
}
