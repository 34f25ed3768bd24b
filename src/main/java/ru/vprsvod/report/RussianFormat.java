package ru.vprsvod.report;

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
        return ru.vprsvod.statistics.Percent.format(value);
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

    /** «42 участника». */
    public static String count(long count, String one, String few, String many) {
        return count + " " + plural(count, one, few, many);
    }
}
