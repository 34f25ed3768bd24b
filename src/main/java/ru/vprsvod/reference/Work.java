package ru.vprsvod.reference;

import java.util.Comparator;
import java.util.Objects;

/** One verification work of a campaign: year × subject × grade, e.g. «Математика, 5 класс, 2026». */
public record Work(int year, String subject, int grade) implements Comparable<Work> {

    private static final Comparator<Work> ORDER = Comparator.comparingInt(Work::year)
            .thenComparingInt(Work::grade)
            .thenComparing(Work::subject);

    public Work {
        Objects.requireNonNull(subject, "subject");
    }

    /** «Математика, 5 класс» — how documents name a work within one year. */
    public String title() {
        return subject + ", " + grade + " класс";
    }

    /** «Математика, 5 класс, 2026». */
    public String titleWithYear() {
        return title() + ", " + year;
    }

    @Override
    public int compareTo(Work other) {
        return ORDER.compare(this, other);
    }
}
