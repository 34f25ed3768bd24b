package ru.vprsvod.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Work;

/**
 * One sitting of the VPR schedule: a school writes one work on one date in the listed classes (e.g. «5А», «5Б»).
 * What the school's «График» workbook brings, and what an observer is assigned to.
 */
public record Sitting(String school, LocalDate date, Work work, List<String> classes) implements Comparable<Sitting> {

    public Sitting {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(work, "work");
        classes = List.copyOf(classes);
    }

    @Override
    public int compareTo(Sitting other) {
        int byDate = date.compareTo(other.date);
        if (byDate != 0) {
            return byDate;
        }
        int bySchool = school.compareTo(other.school);
        return bySchool != 0 ? bySchool : work.compareTo(other.work);
    }
}
