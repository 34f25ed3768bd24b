package ru.vprsvod.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the observers' order as issued says of one school and date, and whether its report has come: the calendar
 * names the observer who owes a report, or says it came.
 *
 * @param school   the school's login
 * @param observer who was sent, empty when nobody could be
 * @param reported the day the accepted report arrived, if it did
 */
public record ObserverDuty(String school, LocalDate date, String observer, Optional<LocalDate> reported) {

    public ObserverDuty {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(reported, "reported");
    }
}
