package ru.vprsvod.recheck;

import java.util.Objects;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.Points;

/**
 * One work as the municipal commission scored it again: a row of a re-check protocol.
 *
 * @param school the school's FIS OKO login
 * @param points the task points after the re-check, in the order of the work's tasks as stored with the original
 * @param sheet  the protocol sheet, to point back at it
 * @param row    the 1-based row on that sheet
 */
public record RecheckedWork(String school, Work work, String code, Points points, String sheet, int row) {

    public RecheckedWork {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(sheet, "sheet");
    }
}
