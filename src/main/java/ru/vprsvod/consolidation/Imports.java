package ru.vprsvod.consolidation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.vprsvod.recheck.RecheckedWork;
import ru.vprsvod.reference.FederalList;

/**
 * What a received file other than a results form brings, stored with the file in the same transaction: a federal
 * list of schools with signs of non-objectivity, the works of a re-check protocol, a school's schedule, or a public
 * observer's report.
 *
 * @param schedule       a «График» workbook's school, year and (when accepted) sittings; recorded for a rejected
 *                       schedule too, so that its receipt can say which schedule stays in force
 * @param observerReport an observer's report, recorded rejected too, so that its receipt can name the one that counts
 */
public record Imports(FederalList federalList, List<RecheckedWork> rechecked, Optional<ScheduleImport> schedule,
                      Optional<ObserverReportImport> observerReport) {

    public static final Imports NONE = new Imports(FederalList.empty(), List.of());

    public Imports(FederalList federalList, List<RecheckedWork> rechecked) {
        this(federalList, rechecked, Optional.empty(), Optional.empty());
    }

    public Imports {
        Objects.requireNonNull(federalList, "federalList");
        rechecked = List.copyOf(rechecked);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(observerReport, "observerReport");
    }

    /** What a «График» workbook brings. */
    public static Imports schedule(ScheduleImport schedule) {
        return new Imports(FederalList.empty(), List.of(), Optional.of(schedule), Optional.empty());
    }

    /** What an observer's report brings. */
    public static Imports observerReport(ObserverReportImport report) {
        return new Imports(FederalList.empty(), List.of(), Optional.empty(), Optional.of(report));
    }
}
