package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.schedule.Sitting;

/**
 * A received «График» workbook as the store keeps it.
 *
 * @param accepted whether it was accepted (a rejected one has no sittings and changes nothing)
 * @param inForce  whether it is the school's latest accepted schedule of the year, the one whose dates count
 * @param sittings by date, school and work
 */
public record StoredSchedule(long fileId, String school, int year, boolean accepted, boolean inForce,
                             List<Sitting> sittings) {

    public StoredSchedule {
        Objects.requireNonNull(school, "school");
        sittings = List.copyOf(sittings);
    }
}
