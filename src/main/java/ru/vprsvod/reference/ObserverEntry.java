package ru.vprsvod.reference;

import java.util.List;
import java.util.Objects;

/**
 * A row of the optional «Наблюдатели» sheet as read: a public observer the department may send to a school on the
 * day of a work, with the relations that disqualify them there (Порядок, разд. 3: not staff of the school, not a
 * parent of a pupil of the class writing the work). Whom they may observe is decided by {@code observers}, not here.
 *
 * @param organisation «организация, должность» as written, may be empty
 * @param phone        as written, may be empty
 * @param worksAt      the logins of the schools where the observer works
 * @param children     the classes where the observer's children learn
 * @param where        «лист «Наблюдатели», строка 5», for messages
 */
public record ObserverEntry(String name, String organisation, String phone, List<String> worksAt, List<Child> children,
                            String where) {

    /**
     * A child of the observer: the school's login and the class, «5А»; a class written as the grade alone («5») means
     * the observer did not say which class of the grade, so every class of it counts.
     */
    public record Child(String school, String className) {
        public Child {
            Objects.requireNonNull(school, "school");
            Objects.requireNonNull(className, "className");
        }

        /** The grade, the leading number of the class. */
        public int grade() {
            return Integer.parseInt(className.replaceAll("\\D.*", ""));
        }

        /** Whether the class was written as the grade alone. */
        public boolean wholeGrade() {
            return className.chars().allMatch(Character::isDigit);
        }
    }

    public ObserverEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(phone, "phone");
        worksAt = List.copyOf(worksAt);
        children = List.copyOf(children);
        Objects.requireNonNull(where, "where");
    }
}
