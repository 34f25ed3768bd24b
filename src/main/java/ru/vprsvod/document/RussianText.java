package ru.vprsvod.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Russian conventions for values in documents: decimal comma, digit groups split by a non-breaking space
 * (only from five digits on, as Russian typesetting does: «2500», but «12 500»), «%» after a
 * non-breaking space, dates as «19.03.2022» or «19 марта 2022 г.», and agreement of a noun with a number.
 */
final class RussianText {

    static final char NBSP = '\u00a0';

    private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};

    private RussianText() {
    }

    static String date(LocalDate date) {
        return String.format("%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String dateInWords(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear() + NBSP + "г.";
    }

    /** A number as it is, without grouping: «2024», «0,5». What a tag shows without a filter. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }

    /**
     * «| число»: with {@code digits} exactly that many decimals; without, at most two and no trailing zeros.
     */
    static String number(BigDecimal value, Integer digits) {
        BigDecimal rounded = digits == null
                ? stripped(value.setScale(2, RoundingMode.HALF_UP))
                : value.setScale(digits, RoundingMode.HALF_UP);
        return grouped(rounded);
    }

    /** «| процент»: the value is already in percent (64.3 → «64,3 %»); without digits, at most one decimal. */
    static String percent(BigDecimal value, Integer digits) {
        BigDecimal rounded = digits == null
                ? stripped(value.setScale(1, RoundingMode.HALF_UP))
                : value.setScale(digits, RoundingMode.HALF_UP);
        return grouped(rounded) + NBSP + "%";
    }

    /** «5 школ», «21 школа», «1,5 школы» (a fraction takes the genitive singular, like «2»). */
    static String plural(BigDecimal count, String one, String few, String many) {
        return number(count, null) + NBSP + pluralForm(count, one, few, many);
    }

    static String pluralForm(BigDecimal count, String one, String few, String many) {
        BigDecimal value = count.abs();
        if (stripped(value).scale() > 0) {
            return few;
        }
        long n = value.remainder(BigDecimal.valueOf(100)).longValue();
        if (n % 10 == 1 && n != 11) {
            return one;
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14)) {
            return few;
        }
        return many;
    }

    private static BigDecimal stripped(BigDecimal value) {
        BigDecimal s = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String grouped(BigDecimal value) {
        String text = value.abs().toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + text.substring(dot + 1);
        if (whole.length() >= 5) {
            StringBuilder groups = new StringBuilder();
            int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            groups.append(whole, 0, first);
            for (int i = first; i < whole.length(); i += 3) {
                groups.append(NBSP).append(whole, i, i + 3);
            }
            whole = groups.toString();
        }
        return (value.signum() < 0 ? "-" : "") + whole + fraction;
    }
}
