package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A received «График» among the school's others, as its receipt tells it: an accepted one with the schedule it
 * superseded (the school's accepted one before it), a rejected one with the schedule that stays in force.
 */
public record ScheduleVersions(StoredSchedule schedule, Optional<StoredSchedule> superseded, Optional<StoredSchedule> stays) {

    public ScheduleVersions {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(superseded, "superseded");
        Objects.requireNonNull(stays, "stays");
    }

    /** @param history every «График» of the same school and year, oldest first */
    static ScheduleVersions of(StoredSchedule schedule, List<StoredSchedule> history) {
        Optional<StoredSchedule> superseded = schedule.accepted() ? history.stream()
                .filter(h -> h.accepted() && h.fileId() < schedule.fileId()).reduce((earlier, later) -> later) : Optional.empty();
        Optional<StoredSchedule> stays = schedule.accepted() ? Optional.empty()
                : history.stream().filter(StoredSchedule::inForce).findFirst();
        return new ScheduleVersions(schedule, superseded, stays);
    }
}
