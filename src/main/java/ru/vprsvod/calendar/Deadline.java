package ru.vprsvod.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One deadline of the Порядок, computed from the reference's dates.
 *
 * @param key         a stable name of the deadline (the .ics event's UID is made of it and the year, so a
 *                    subscribed calendar moves the event when a date changes instead of adding a second one)
 * @param date        the last day
 * @param title       what is due, as the coordinator's calendar shows it
 * @param description what must be done and how the date was computed
 * @param source      the clause that sets it
 * @param who         who must do it (e.g. «все школы района», «отдел по образованию»)
 * @param link        the product's page where it is done or checked, or empty
 */
public record Deadline(String key, LocalDate date, String title, String description, String source, String who,
                       String link) {

    public Deadline {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(link, "link");
    }

    /** Where this deadline stands on {@code today}: passed, due this week (Monday to Sunday) or ahead. */
    public Standing standing(LocalDate today) {
        if (date.isBefore(today)) {
            return Standing.PASSED;
        }
        LocalDate sunday = today.plusDays(7 - today.getDayOfWeek().getValue());
        return date.isAfter(sunday) ? Standing.AHEAD : Standing.THIS_WEEK;
    }

    public enum Standing {
        PASSED("Срок прошёл"), THIS_WEEK("На этой неделе"), AHEAD("Впереди");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static List<Deadline> sorted(List<Deadline> deadlines) {
        return deadlines.stream().sorted(java.util.Comparator.comparing(Deadline::date).thenComparing(Deadline::key)).toList();
    }
}
