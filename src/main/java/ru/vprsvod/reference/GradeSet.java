package ru.vprsvod.reference;

import java.util.BitSet;
import java.util.Optional;

/** The grades a school teaches, written by coordinators as «1-4», «4-8, 10» or «5,6,7». */
public final class GradeSet {

    private final BitSet grades;
    private final String text;

    private GradeSet(BitSet grades, String text) {
        this.grades = grades;
        this.text = text;
    }

    public static GradeSet range(int from, int to) {
        BitSet bits = new BitSet();
        bits.set(from, to + 1);
        return new GradeSet(bits, from + "-" + to);
    }

    /** Parses «4-8, 10», «1–4» or «5;6;7»; empty when the text is not such a list of grades 1..11. */
    public static Optional<GradeSet> parse(String text) {
        String cleaned = text.replace('–', '-').replace('—', '-').replace(';', ',').replace(" ", "");
        if (cleaned.isEmpty()) {
            return Optional.empty();
        }
        BitSet bits = new BitSet();
        for (String part : cleaned.split(",")) {
            String[] ends = part.split("-", -1);
            if (ends.length > 2 || part.isEmpty()) {
                return Optional.empty();
            }
            try {
                int from = Integer.parseInt(ends[0]);
                int to = Integer.parseInt(ends[ends.length - 1]);
                if (from < 1 || to > 11 || from > to) {
                    return Optional.empty();
                }
                bits.set(from, to + 1);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new GradeSet(bits, text.trim()));
    }

    /** The grades a school of this type usually has: НОШ 1–4, ООШ 1–9, others 1–11. */
    public static GradeSet forSchoolType(String type) {
        String t = type.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("НОШ") || t.contains("НАЧАЛЬН")) {
            return range(1, 4);
        }
        if (t.contains("ООШ") || t.contains("ОСНОВН")) {
            return range(1, 9);
        }
        return range(1, 11);
    }

    public boolean contains(int grade) {
        return grade >= 0 && grades.get(grade);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeSet other && grades.equals(other.grades);
    }

    @Override
    public int hashCode() {
        return grades.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
