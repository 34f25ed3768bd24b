package ru.vprsvod.checks;

import ru.vprsvod.statistics.WorkStats;

/**
 * A school's position on a work against the district: its pupils' mean primary score minus the district's, in
 * standard deviations of the district's scores — so works of different years, grades and difficulty are
 * comparable — with the sampling variance of that position (the school's own score variance over its pupils, in
 * the same units).
 *
 * @param value    (school mean − district mean) / district sd
 * @param variance the sampling variance of {@code value}: school variance / (pupils × district variance)
 */
record Position(double value, double variance, double mean, double districtMean, double districtSd, int pupils) {

    /** The position of {@code school} in {@code district}; NaN when the district's scores do not vary. */
    static Position of(WorkStats school, WorkStats district) {
        double[] s = moments(school);
        double[] d = moments(district);
        double districtSd = Math.sqrt(d[1]);
        int n = school.present();
        // The sample variance (n − 1): a class where everyone scored the same still varies from year to year.
        double within = n > 1 ? s[1] * n / (n - 1) : 0;
        if (districtSd == 0 || n == 0) {
            return new Position(Double.NaN, Double.NaN, s[0], d[0], districtSd, n);
        }
        return new Position((s[0] - d[0]) / districtSd, within / (n * d[1]), s[0], d[0], districtSd, n);
    }

    /** Mean and population variance of the primary scores. */
    private static double[] moments(WorkStats stats) {
        long n = 0;
        double sum = 0;
        for (int score = 0; score <= stats.maxScore(); score++) {
            n += stats.scoreCount(score);
            sum += (double) score * stats.scoreCount(score);
        }
        if (n == 0) {
            return new double[] {0, 0};
        }
        double mean = sum / n;
        double squares = 0;
        for (int score = 0; score <= stats.maxScore(); score++) {
            squares += stats.scoreCount(score) * (score - mean) * (score - mean);
        }
        return new double[] {mean, squares / n};
    }

    boolean known() {
        return !Double.isNaN(value);
    }
}
