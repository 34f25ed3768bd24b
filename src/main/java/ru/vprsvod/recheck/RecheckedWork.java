package ru.vprsvod.recheck;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.Points;

/**
 * One work as the municipal commission scored it again: a row of a re-check protocol.
 *
 * @param school the school's FIS OKO login
 * @param tasks  the task codes of the protocol's columns («1», «5.1», «11.3 k1»)
 * @param points the task points after the re-check, in the order of {@code tasks}
 * @param sheet  the protocol sheet, to point back at it
 * @param row    the 1-based row on that sheet
 */
public record RecheckedWork(String school, Work work, String code, List<String> tasks, Points points, String sheet, int row) {

    public RecheckedWork {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(code, "code");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(points, "points");
        if (points.size() != tasks.size()) {
            throw new IllegalArgumentException(tasks.size() + " tasks but " + points.size() + " points");
        }
        Objects.requireNonNull(sheet, "sheet");
    }
}
