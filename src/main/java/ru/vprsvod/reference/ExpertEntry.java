package ru.vprsvod.reference;

import java.util.List;
import java.util.Objects;

/**
 * A row of the optional «Эксперты» sheet as read: a teacher the department may put on a subject commission of the
 * municipal re-check. Whether the teacher qualifies is decided by {@code commission.ExpertBank}, not here.
 *
 * @param school     the login of the school where the expert works (the sheet may name it by login, code or name)
 * @param subjects   the reference's spelling of each subject
 * @param rmoHeadOf  the subject whose district methodical association (РМО) the expert heads, or empty
 * @param where      «лист «Эксперты», строка 5», for messages
 */
public record ExpertEntry(String name, String school, List<String> subjects, boolean higherEducation, int years,
                          String rmoHeadOf, String where) {

    public ExpertEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(school, "school");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(rmoHeadOf, "rmoHeadOf");
        Objects.requireNonNull(where, "where");
    }
}
