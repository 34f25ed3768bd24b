package ru.vprsvod.reference;

import java.util.List;
import java.util.Objects;
import ru.vprsvod.workbook.ClassNames;

/**
 * A teacher in the department's bank of experts for the municipal re-check, as the optional «Эксперты» sheet gives
 * them. Whether the teacher qualifies is decided by {@code commission.ExpertBank}, not here.
 *
 * @param name       «Иванова Мария Петровна»
 * @param school     the login of the school where the expert works (never given that school's works)
 * @param subjects   the subjects the expert may re-check, as the reference names them
 * @param higherEducation whether the expert has higher education
 * @param years      years of teaching experience
 * @param rmoHeadOf  the subject whose district methodical association (РМО) the expert heads, or empty
 * @param alsoTeaches classes the expert teaches at other schools (a second post): their works are given to someone
 *                   else where possible
 * @param where      where the expert is written, for messages: «лист «Эксперты», строка 5»
 */
public record Expert(String name, String school, List<String> subjects, boolean higherEducation, int years,
                     String rmoHeadOf, List<TaughtClass> alsoTeaches, String where) {

    /** A class of another school the expert teaches: the school's login and the class, «7А». */
    public record TaughtClass(String school, String className) {
        public TaughtClass {
            Objects.requireNonNull(school, "school");
            Objects.requireNonNull(className, "className");
        }
    }

    public Expert {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(school, "school");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(rmoHeadOf, "rmoHeadOf");
        alsoTeaches = List.copyOf(alsoTeaches);
        Objects.requireNonNull(where, "where");
    }

    /** An expert who teaches at their own school only. */
    public Expert(String name, String school, List<String> subjects, boolean higherEducation, int years, String rmoHeadOf,
                  String where) {
        this(name, school, subjects, higherEducation, years, rmoHeadOf, List.of(), where);
    }

    public boolean teaches(String subject) {
        return subjects.stream().anyMatch(s -> same(s, subject));
    }

    public boolean headsRmoOf(String subject) {
        return !rmoHeadOf.isBlank() && same(rmoHeadOf, subject);
    }

    /** Whether the expert teaches this class of this school: at their own school every class counts. */
    public boolean teachesClass(String school, String className) {
        return this.school.equalsIgnoreCase(school) || alsoTeaches.stream()
                .anyMatch(c -> c.school().equalsIgnoreCase(school) && ClassNames.same(c.className(), className));
    }

    private static boolean same(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
