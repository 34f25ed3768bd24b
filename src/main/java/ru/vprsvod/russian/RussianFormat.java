package ru.vprsvod.russian;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates, times and numbers the way Russian documents write them. */
public final class RussianFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private RussianFormat() {
    }

    /** «19.03.2022 14:05» in the given zone. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** «19.03.2022». */
    public static String date(java.time.LocalDate date) {
        return DATE.format(date);
    }

    /** A mean or similar value with one decimal and a comma: «12,4»; «—» when undefined. */
    public static String decimal1(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /**
     * The noun form agreeing with a count: plural(1, "участник", "участника", "участников") → «участник»,
     * 2 → «участника», 5 and 11 → «участников».
     */
    public static String plural(long count, String one, String few, String many) {
        long n = Math.abs(count) % 100;
        if (n >= 11 && n <= 14) {
            return many;
        }
        return switch ((int) (n % 10)) {
            case 1 -> one;
            case 2, 3, 4 -> few;
            default -> many;
        };
    }

    /**
     * «И.О. Фамилия», as signatures and lists of heads print a person: «Петрова Наталья Викторовна» → «Н.В. Петрова»,
     * with a no-break space after the initials so a line never ends between them and the surname. A name already
     * written with initials («Н.В. Петрова») only gets that space; anything else is left as it is.
     */
    public static String shortName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        java.util.regex.Matcher initialed = INITIALS_FIRST.matcher(n);
        if (initialed.matches()) {
            return initialed.group(1).replace(" ", "") + "\u00a0" + initialed.group(2);
        }
        if (n.isEmpty() || n.contains(".")) {
            return n;
        }
        String[] parts = n.split(" ");
        if (parts.length < 2 || parts.length > 3) {
            return n;
        }
        for (String part : parts) {
            if (!Character.isUpperCase(part.charAt(0)) || part.length() < 2) {
                return n;
            }
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            initials.append(parts[i].charAt(0)).append('.');
        }
        return initials + "\u00a0" + parts[0];
    }

    /** «Н.В. Петрова», «Н. В. Петрова», «Н.Петрова». */
    private static final java.util.regex.Pattern INITIALS_FIRST =
            java.util.regex.Pattern.compile("((?:\\p{Lu}\\.\\s?){1,2})(\\p{Lu}[\\p{L}-]+)");

    /** «4», «4 и 5», «4, 5 и 6». */
    public static String enumeration(java.util.List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " и " + items.get(items.size() - 1);
    }

    /** «2025/2026» — the school year whose spring holds the VPR of the given year. */
    public static String schoolYear(int springYear) {
        return (springYear - 1) + "/" + springYear;
    }

    /** «42 участника». */
    public static String count(long count, String one, String few, String many) {
        return count + " " + plural(count, one, few, many);
    }
}
