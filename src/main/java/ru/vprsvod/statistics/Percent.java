package ru.vprsvod.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.vprsvod.russian.RussianFormat;

/**
 * Percentages as FIS OKO shows them: an exact ratio of two counts, rounded half-up to one decimal only when
 * displayed. A percentage of an empty group is undefined (NaN), never 0.
 */
public final class Percent {

    private Percent() {
    }

    /** 100 × part / whole, exactly as a double; NaN when whole is 0. */
    public static double of(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    /** Rounded half-up to one decimal (64.25 → 64.3); NaN stays NaN. */
    public static double round1(double value) {
        if (Double.isNaN(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** «64,3» (Russian decimal comma, one decimal); «—» for an undefined value. */
    public static String format(double value) {
        return RussianFormat.decimal1(value);
    }
}
