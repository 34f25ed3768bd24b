package ru.vprsvod.observers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One school × date of the observers' order as it was issued: what the school writes that day and who was sent
 * there ({@code observer} empty when nobody could be). Kept by the store when the order is made, because a report
 * comes back weeks later and must be matched against the order the observer received, not against a plan that the
 * schedules received since may have changed.
 *
 * @param school   the school's login
 * @param works    «Математика, 4 класс (4А, 4Б); …», as the order prints them
 * @param reportDue the last day of the observer's report
 */
public record Visit(String school, LocalDate date, String works, String observer, LocalDate reportDue) {

    public Visit {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(reportDue, "reportDue");
    }

    /** Whether the order sent an observer there. */
    public boolean observed() {
        return !observer.isEmpty();
    }
}
