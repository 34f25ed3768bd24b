package ru.vprsvod.workbook;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class as people write it in a sheet — «7А», «7 а», «7-А», «7A» with a Latin A — read as the product names it:
 * the grade, then none, one or two Cyrillic upper-case letters («7А»). «7АБ» is one class, not two.
 */
public final class ClassNames {

    private static final Pattern CLASS = Pattern.compile("(\\d{1,2})\\s*-?\\s*([А-ЯЁ]{0,2})");

    private ClassNames() {
    }

    /** The class written, or empty when it is not a grade with at most two letters. */
    public static Optional<String> read(String written) {
        String text = Texts.latinLookalikesToCyrillic(written.replaceAll("[\"«»]", "").strip()).toUpperCase(Locale.ROOT);
        Matcher m = CLASS.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 11) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(m.group(1)) + m.group(2));
    }

    /** The grade of a class as {@link #read} gives it: 7 for «7А». */
    public static int grade(String className) {
        Matcher m = CLASS.matcher(className);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a class as ClassNames.read gives it: " + className);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Whether two written classes are the same class («7а» and «7А»). */
    public static boolean same(String a, String b) {
        Optional<String> x = read(a);
        return x.isPresent() && x.equals(read(b));
    }
}
