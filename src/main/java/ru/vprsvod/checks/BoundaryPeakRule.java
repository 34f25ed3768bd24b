package ru.vprsvod.checks;

import java.math.BigDecimal;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.WorkStats;

/**
 * C. Peaks at mark boundaries in the primary-score distribution (FIOKO 2026 recommendations, §4): pupils «pulled
 * up» to the lowest score of «3», «4» or «5» leave a pile exactly at the boundary and a hole just below it. For
 * each boundary b the count at b is compared with the mean count at b − 1 and b − 2; a sign needs both a ratio
 * (at least {@link RuleParameter#C_RATIO} times) and an absolute excess (at least {@link RuleParameter#C_EXCESS}
 * pupils), so a small school's random bump of two pupils is not a sign; and the count at b must exceed the count
 * at b + 1 — a peak, not a rising slope. With a few pupils per score, counts jump by chance, and each work is
 * tested at three boundaries: so the pattern must also be improbable as chance. The pile: the Poisson
 * probability of at least that many pupils at b, when the scores b − 3 … b + 3 (b left out) hold as many as they
 * do on average, is at most {@link RuleParameter#C_CHANCE}. The hole: the probability of as few pupils at b − 1
 * and b − 2 together, when the scores around them (b − 5 … b − 3 and b + 1 … b + 3) hold as many as they do on
 * average, is at most {@link RuleParameter#C_HOLE_CHANCE}. A random spike seldom comes with a hole under it;
 * pupils pulled up from just below a boundary always leave one. The school's distribution is the sum of its
 * classes'.
 */
final class BoundaryPeakRule {

    /** How many scores on each side of a boundary give the expected count there. */
    static final int WINDOW = 3;

    private BoundaryPeakRule() {
    }

    static void check(SchoolWork sw, Rules rules, Verdict v) {
        Work work = sw.spec().work();
        Setting minimum = rules.get(RuleParameter.MIN_DISTRIBUTION);
        WorkStats s = sw.stats();
        if (s.present() < minimum.number().intValue()) {
            v.skip(Rule.C, "работу писали " + Wording.pupils(s.present()) + ", меньше минимума " + Wording.threshold(minimum)
                    + ": распределение баллов не анализируется");
            return;
        }
        Setting ratio = rules.get(RuleParameter.C_RATIO, work);
        Setting excess = rules.get(RuleParameter.C_EXCESS, work);
        Setting chance = rules.get(RuleParameter.C_CHANCE, work);
        Setting holeChance = rules.get(RuleParameter.C_HOLE_CHANCE, work);
        Scale scale = sw.spec().scale();
        for (int mark = 3; mark <= 5; mark++) {
            int b = scale.lowestScoreOf(mark);
            if (b < 2 || b > s.maxScore()) {
                continue;
            }
            int at = s.scoreCount(b);
            int one = s.scoreCount(b - 1);
            int two = s.scoreCount(b - 2);
            int above = b < s.maxScore() ? s.scoreCount(b + 1) : 0;
            // Exact: at ≥ ratio × (one + two) / 2 and at − (one + two) / 2 ≥ excess, in halves to stay in integers.
            BigDecimal below2 = BigDecimal.valueOf(one + two);
            boolean highEnough = BigDecimal.valueOf(2L * at).compareTo(ratio.number().multiply(below2)) >= 0;
            boolean enoughPupils = BigDecimal.valueOf(2L * at - one - two).compareTo(excess.number().multiply(BigDecimal.valueOf(2))) >= 0;
            // A peak stands above its neighbours on both sides; a count that merely continues a rising slope is not one.
            double neighbours = neighbourMean(s, b);
            double probability = poissonAtLeast(at, neighbours);
            double around = holeSurroundingsMean(s, b);
            double holeProbability = poissonAtMost(one + two, 2 * around);
            boolean improbable = probability <= chance.number().doubleValue()
                    && holeProbability <= holeChance.number().doubleValue();
            if (highEnough && enoughPupils && at > above && improbable) {
                double mean = (one + two) / 2.0;
                String times = one + two == 0 ? "при пустых баллах ниже" : "в " + Wording.decimal(at / mean) + " раза больше";
                v.flag(Rule.C, "C." + mark, "Пик на границе отметки «" + mark + "»: " + b + " " + points(b) + " набрали "
                        + Wording.pupils(at) + ", а " + (b - 1) + " и " + (b - 2) + " " + points(b - 2) + " — " + one + " и " + two
                        + " (в среднем " + Wording.decimal(mean) + "): " + times + " при пороге " + Wording.threshold(ratio)
                        + ", лишних участников " + Wording.decimal(at - mean) + " при пороге " + Wording.threshold(excess)
                        + (b < s.maxScore() ? "; на балл выше (" + (b + 1) + ") — " + above : "")
                        + "; при " + Wording.decimal(neighbours) + " участника в среднем на соседних баллах (" + Math.max(0, b - WINDOW)
                        + "–" + Math.min(s.maxScore(), b + WINDOW) + ") случайно такой пик возникает с вероятностью "
                        + probabilityText(probability) + " при пороге " + Wording.threshold(chance)
                        + ", а такой провал на баллах " + (b - 1) + " и " + (b - 2) + " (в среднем "
                        + Wording.decimal(around) + " на баллах вокруг) — с вероятностью " + probabilityText(holeProbability)
                        + " при пороге " + Wording.threshold(holeChance)
                        + ". " + Wording.NEEDS_ANALYSIS, ratio, excess, chance, holeChance, minimum);
            }
        }
    }

    /** The mean count at the scores b − WINDOW … b + WINDOW that exist, b itself left out. */
    static double neighbourMean(WorkStats s, int b) {
        int sum = 0;
        int scores = 0;
        for (int x = Math.max(0, b - WINDOW); x <= Math.min(s.maxScore(), b + WINDOW); x++) {
            if (x != b) {
                sum += s.scoreCount(x);
                scores++;
            }
        }
        return scores == 0 ? 0 : (double) sum / scores;
    }

    /** The mean count at b − 5 … b − 3 and b + 1 … b + 3 that exist: the surroundings of the two scores below b. */
    static double holeSurroundingsMean(WorkStats s, int b) {
        int sum = 0;
        int scores = 0;
        for (int x = Math.max(0, b - 5); x <= Math.min(s.maxScore(), b + 3); x++) {
            if (x < b - 2 || x > b) {
                sum += s.scoreCount(x);
                scores++;
            }
        }
        return scores == 0 ? 0 : (double) sum / scores;
    }

    /** P(X ≤ k) for X ~ Poisson(λ). */
    static double poissonAtMost(int k, double lambda) {
        return k < 0 ? 0 : 1 - poissonAtLeast(k + 1, lambda);
    }

    /** P(X ≥ k) for X ~ Poisson(λ), summed from k upwards in log space so that tiny tails stay accurate. */
    static double poissonAtLeast(int k, double lambda) {
        if (k <= 0) {
            return 1;
        }
        if (lambda <= 0) {
            return 0;
        }
        double logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
        double sum = 0;
        for (int i = k; i < k + 1000; i++) {
            double term = Math.exp(logTerm);
            sum += term;
            if (term < sum * 1e-12 && i > lambda) {
                break;
            }
            logTerm += Math.log(lambda) - Math.log(i + 1);
        }
        return Math.min(1, sum);
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    /** «0,0004», «менее 0,000001». */
    private static String probabilityText(double p) {
        if (p < 1e-6) {
            return "менее 0,000001";
        }
        return new java.math.BigDecimal(p).round(new java.math.MathContext(1)).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String points(int n) {
        return ru.vprsvod.russian.RussianFormat.plural(n, "балл", "балла", "баллов");
    }
}
