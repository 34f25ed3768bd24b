package ru.vprsvod.submission;

import java.util.Objects;

/**
 * One row of a results form: an anonymous participant and their points. The VPR mark is not stored: it is
 * derived from the primary score with the year's scale, so a corrected scale corrects every mark.
 *
 * @param row          the 1-based row number in the sheet, to point back at it
 * @param className    the class as «5А» (normalised), or empty when the form leaves it blank
 * @param sex          «м», «ж» or empty
 * @param journalMark  the school (journal) mark 2..5 for the previous term, or null when not given
 * @param primaryScore the sum of points; 0 for absent participants
 */
public record Participant(int row, String code, String className, String sex, String variant,
                          boolean absent, Integer journalMark, Points points, int primaryScore) {

    public Participant {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(points, "points");
        if (journalMark != null && (journalMark < 2 || journalMark > 5)) {
            throw new IllegalArgumentException("journal mark " + journalMark);
        }
    }

    public boolean present() {
        return !absent;
    }
}
