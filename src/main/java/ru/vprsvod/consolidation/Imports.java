package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.vprsvod.recheck.RecheckedWork;
import ru.vprsvod.reference.FederalList;

/**
 * What a received file other than a results form brings, stored with the file in the same transaction: a federal
 * list of schools with signs of non-objectivity, the works of a re-check protocol, or a school's schedule.
 *
 * @param schedule a «График» workbook's school, year and (when accepted) sittings; recorded for a rejected schedule
 *                 too, so that its receipt can say which schedule stays in force
 */
public record Imports(FederalList federalList, List<RecheckedWork> rechecked, Optional<ScheduleImport> schedule) {

    public static final Imports NONE = new Imports(FederalList.empty(), List.of());

    public Imports(FederalList federalList, List<RecheckedWork> rechecked) {
        this(federalList, rechecked, Optional.empty());
    }

    public Imports {
        Objects.requireNonNull(federalList, "federalList");
        rechecked = List.copyOf(rechecked);
        Objects.requireNonNull(schedule, "schedule");
    }

    /** What a «График» workbook brings. */
    public static Imports schedule(ScheduleImport schedule) {
        return new Imports(FederalList.empty(), List.of(), Optional.of(schedule));
    }
}
