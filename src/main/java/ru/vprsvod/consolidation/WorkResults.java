package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.statistics.WorkStats;

/** Every school's results on one work of a campaign, and the district's figures (the sum of the schools). */
public record WorkResults(WorkSpec spec, List<SchoolResult> schools, WorkStats district) {

    public WorkResults {
        Objects.requireNonNull(spec, "spec");
        schools = List.copyOf(schools);
        Objects.requireNonNull(district, "district");
    }
}
