package ru.vprsvod.commission;

import java.util.List;
import java.util.Objects;

/**
 * A teacher in the department's bank of experts for the municipal re-check.
 *
 * @param name       «Иванова Мария Петровна»
 * @param school     the login of the school where the expert works (never given that school's works)
 * @param subjects   the subjects the expert may re-check, as the reference names them
 * @param higherEducation whether the expert has higher education
 * @param years      years of teaching experience
 * @param rmoHeadOf  the subject whose district methodical association (РМО) the expert heads, or empty
 * @param where      where the expert is written, for messages: «лист «Эксперты», строка 5»
 */
public record Expert(String name, String school, List<String> subjects, boolean higherEducation, int years,
                     String rmoHeadOf, String where) {

    public Expert {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(school, "school");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(rmoHeadOf, "rmoHeadOf");
        Objects.requireNonNull(where, "where");
    }

    /** An expert as the reference's «Эксперты» sheet gives them. */
    public static Expert of(ru.vprsvod.reference.ExpertEntry e) {
        return new Expert(e.name(), e.school(), e.subjects(), e.higherEducation(), e.years(), e.rmoHeadOf(), e.where());
    }

    boolean teaches(String subject) {
        return subjects.stream().anyMatch(s -> same(s, subject));
    }

    boolean headsRmoOf(String subject) {
        return !rmoHeadOf.isBlank() && same(rmoHeadOf, subject);
    }

    static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
