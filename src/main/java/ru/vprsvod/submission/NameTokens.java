package ru.vprsvod.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.vprsvod.reference.Reference;

/**
 * Reads school, subject, grade and year out of a name such as {@code edu053001_Математика_5_2026.xlsx},
 * {@code edu053001_Русский_язык_4 (1).xls} or a sheet called «Математика 5 класс».
 */
final class NameTokens {

    static final Pattern LOGIN = Pattern.compile("(?i)(edu|sch)\\d{4,8}");
    private static final Pattern YEAR = Pattern.compile("20\\d\\d");
    private static final Pattern GRADE = Pattern.compile("(\\d{1,2})(?:-?й)?(?:кл|класс|к)?\\.?", Pattern.CASE_INSENSITIVE);
    private static final List<String> NOISE = List.of("класс", "кл", "впр", "протокол", "результаты", "копия", "итог", "форма");

    String school;
    String subject;
    String grade;
    String year;

    /**
     * @param firstTokenMayBeSchool whether a department code may open the name (file names do; sheet names do not)
     * @param keepUnknownSubject    whether leftover words count as a (possibly unknown) subject, to be reported;
     *                              for sheet names («Лист1») they do not
     */
    static NameTokens parse(String name, Reference reference, boolean firstTokenMayBeSchool, boolean keepUnknownSubject) {
        // Leading dots and spaces are a slip of the keyboard («..edu990001_Математика_4.xlsx»), not part of a login.
        String base = name.replaceAll("\\.[A-Za-z0-9]{2,4}$", "").replaceAll("\\(\\d+\\)", " ").replaceAll("^[.\\s]+", "");
        List<String> tokens = new ArrayList<>(List.of(base.split("[_\\s,;]+|(?<=\\D)-|-(?=\\D)")));
        tokens.removeIf(String::isBlank);
        NameTokens found = new NameTokens();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).strip();
            if (found.school == null && (LOGIN.matcher(t).matches()
                    || (i == 0 && firstTokenMayBeSchool && reference.school(t).isPresent()))) {
                found.school = t;
            } else if (found.year == null && YEAR.matcher(t).matches()) {
                found.year = t;
            } else if (found.grade == null && GRADE.matcher(t).matches()) {
                found.grade = t;
            } else if (!NOISE.contains(t.toLowerCase(java.util.Locale.ROOT).replace(".", ""))) {
                rest.add(t);
            }
        }
        found.subject = subject(rest, reference).orElse(rest.isEmpty() || !keepUnknownSubject ? null : String.join(" ", rest));
        return found;
    }

    /** The longest run of consecutive words that names a known subject («Русский язык» out of «Русский язык итог»). */
    private static Optional<String> subject(List<String> words, Reference reference) {
        for (int length = words.size(); length > 0; length--) {
            for (int from = 0; from + length <= words.size(); from++) {
                String candidate = String.join(" ", words.subList(from, from + length));
                if (reference.subject(candidate).isPresent()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
