package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.schedule.Sitting;

/**
 * A school's «График проведения ВПР» as received: the school (empty when the file named no known school), the
 * campaign year it was read for, and its sittings (none when it was rejected).
 */
public record ScheduleImport(String school, int year, List<Sitting> sittings) {

    public ScheduleImport {
        Objects.requireNonNull(school, "school");
        sittings = List.copyOf(sittings);
    }
}
