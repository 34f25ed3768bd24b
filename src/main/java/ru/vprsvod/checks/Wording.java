package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.Percent;

/**
 * How flags write for people: numbers with a decimal comma, a no-break space before «%» and inside «п. п.» (a
 * number never parts from its unit at a line end), shares with their counts. Thresholds and their sources are not
 * written into the texts: each flag carries them in {@link Flag#thresholds()}, and the documents print them once,
 * in the appendix of rules.
 */
final class Wording {

    /** Every flag ends with this: a sign is a reason to look, never a verdict. */
    static final String NEEDS_ANALYSIS = "Признак требует анализа.";

    private static final String NBSP = "\u00a0";

    private Wording() {
    }

    /** «64,3 % (27 из 42)». */
    static String share(long part, long whole) {
        return percent(Percent.of(part, whole)) + " (" + part + " из " + whole + ")";
    }

    /** «64,3 %». */
    static String percent(double value) {
        return Percent.format(value) + NBSP + "%";
    }

    /** «12,4 п. п.» without a sign. */
    static String pointsAbs(double value) {
        return Percent.format(Math.abs(value)) + NBSP + "п." + NBSP + "п.";
    }

    /** «+0,49», «−0,85», «0,00»: a signed value with two decimals. */
    static String signed2(double value) {
        String abs = BigDecimal.valueOf(Math.abs(value)).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        String sign = abs.equals("0,00") ? "" : value > 0 ? "+" : "−";
        return sign + abs;
    }

    /** «0,27»: two decimals. */
    static String decimal2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** «2,5» — a plain number with a decimal comma, no trailing zeros. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** «2,4» for a double ratio or z-score; «∞» for an infinite one. */
    static String decimal(double value) {
        return Double.isInfinite(value) ? "∞" : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }

    /** «0,0004», «менее 0,000001»: a probability with one significant digit. */
    static String probability(double p) {
        if (p < 1e-6) {
            return "менее 0,000001";
        }
        return new BigDecimal(p).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** «27 участников». */
    static String pupils(long n) {
        return RussianFormat.count(n, "участник", "участника", "участников");
    }

    /** «работу писал 1 участник», «работу писал 21 участник», «работу писали 19 участников»: the verb agrees. */
    static String wrote(long n) {
        boolean one = n % 10 == 1 && n % 100 != 11;
        return "работу " + (one ? "писал " : "писали ") + pupils(n);
    }

    /** «у 3 участников»: the genitive after «у», «из», «для». */
    static String pupilsGenitive(long n) {
        return n + " " + RussianFormat.plural(n, "участника", "участников", "участников");
    }

    /** «6 баллов». */
    static String points(long n) {
        return n + " " + RussianFormat.plural(n, "балл", "балла", "баллов");
    }

    /** «2 школы». */
    static String schools(long n) {
        return RussianFormat.count(n, "школа", "школы", "школ");
    }

    static boolean exceeds(long part, long whole, BigDecimal percent) {
        // Exact: part / whole > p / 100  ⇔  100 · part > p · whole, no rounding anywhere.
        return BigDecimal.valueOf(part).movePointRight(2).compareTo(percent.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    static boolean below(long part, long whole, BigDecimal percent) {
        return BigDecimal.valueOf(part).movePointRight(2).compareTo(percent.multiply(BigDecimal.valueOf(whole))) < 0;
    }
}
