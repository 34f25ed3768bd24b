package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.Percent;

/** How flags write numbers: one decimal with a comma, shares with their counts, thresholds with their origin. */
final class Wording {

    /** Every flag ends with this: a sign is a reason to look, never a verdict. */
    static final String NEEDS_ANALYSIS = "Признак требует анализа.";

    private Wording() {
    }

    /** «64,3 % (27 из 42)». */
    static String share(long part, long whole) {
        return Percent.format(Percent.of(part, whole)) + " % (" + part + " из " + whole + ")";
    }

    /** «64,3 % участников (27 из 42)». */
    static String share(long part, long whole, String ofWhom) {
        return Percent.format(Percent.of(part, whole)) + " % " + ofWhom + " (" + part + " из " + whole + ")";
    }

    /** «64,3 %». */
    static String percent(double value) {
        return Percent.format(value) + " %";
    }

    /** «+32,7 п. п.», «−2,1 п. п.», «0,0 п. п.». */
    static String points(double value) {
        String abs = Percent.format(Math.abs(value));
        String sign = abs.equals("0,0") ? "" : value > 0 ? "+" : "−";
        return sign + abs + " п. п.";
    }

    /** «2,5» — a plain number with a decimal comma, no trailing zeros. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** «2,4» for a double ratio or z-score. */
    static String decimal(double value) {
        return Double.isInfinite(value) ? "∞" : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }

    /** A threshold as the coordinator wrote it, with its unit and origin: «50 % (Порядок МО, п. 6.3)». */
    static String threshold(Setting s) {
        String unit = switch (s.parameter().unit()) {
            case PERCENT -> " %";
            case POINTS -> " п. п.";
            default -> "";
        };
        return number(s.number()) + unit + " " + s.origin();
    }

    /** «27 участников». */
    static String pupils(long n) {
        return RussianFormat.count(n, "участник", "участника", "участников");
    }

    /** «27 участников» in the genitive after «у»/«из»: «у 3 участников». */
    static String pupilsGenitive(long n) {
        return n + " " + RussianFormat.plural(n, "участника", "участников", "участников");
    }

    static boolean exceeds(long part, long whole, BigDecimal percent) {
        // Exact: part / whole > p / 100  ⇔  100 · part > p · whole, no rounding anywhere.
        return BigDecimal.valueOf(part).movePointRight(2).compareTo(percent.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    static boolean below(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).movePointRight(2).compareTo(percent.multiply(BigDecimal.valueOf(whole))) < 0;
    }
}
