package ru.vprsvod.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.WorkStats;

/**
 * C. Peaks at mark boundaries in the primary-score distribution (FIOKO's analysis recommendations): pupils «pulled
 * up» to the lowest score of «3», «4» or «5» leave a pile exactly at the boundary and a hole just below it. For
 * each boundary b the count at b is compared with the mean count at b − 1 and b − 2; a sign needs both a ratio
 * (at least {@link RuleParameter#C_RATIO} times) and an absolute excess (at least {@link RuleParameter#C_EXCESS}
 * pupils), so a small school's random bump of two pupils is not a sign; and the count at b must exceed the count
 * at b + 1 — a peak, not a rising slope. With a few pupils per score, counts jump by chance, and each work is
 * tested at three boundaries: so the pattern must also be improbable as chance. The pile: the Poisson
 * probability of at least that many pupils at b, when the scores b − 3 … b + 3 (b left out) hold as many as they
 * do on average, is at most {@link RuleParameter#C_CHANCE}. The hole: the probability of as few pupils at b − 1
 * and b − 2 together, when the scores around them (b − 5 … b − 3 and b + 1 … b + 3, skipping those of another
 * boundary that looks pushed itself) hold as many as they do on average, is at most {@link RuleParameter#C_HOLE_CHANCE}. A
 * random spike seldom comes with a hole under it; pupils pulled up from just below a boundary always leave one. The school's distribution is the sum of its
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
            v.skip(Rule.C, Wording.wrote(s.present()) + ", а для анализа распределения баллов нужно не менее "
                    + Wording.number(minimum.number()));
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
            boolean counted = piles(at, one, two, ratio.number(), excess.number());
            // A peak stands above its neighbours on both sides; a count that merely continues a rising slope is not one.
            double neighbours = neighbourMean(s, b);
            double probability = poissonAtLeast(at, neighbours);
            double around = holeSurroundingsMean(s, scale, b, ratio.number(), excess.number());
            double holeProbability = poissonAtMost(one + two, 2 * around);
            boolean improbable = probability <= chance.number().doubleValue()
                    && holeProbability <= holeChance.number().doubleValue();
            if (counted && at > above && improbable) {
                WorkStats d = sw.district();
                String below = one + two == 0 ? "ни одного"
                        : one + " и " + two + " (по району — " + Wording.percent(d.scorePercent(b - 1)) + " и "
                                + Wording.percent(d.scorePercent(b - 2)) + " писавших)";
                String text = "На наименьшем балле отметки «" + mark + "» (" + Wording.points(b) + ") — " + Wording.pupils(at)
                        + " (" + Wording.percent(s.scorePercent(b)) + " писавших, по району — " + Wording.percent(d.scorePercent(b))
                        + "), а на " + (b - 1) + " и " + (b - 2) + " баллах — " + below + ". Похоже, что часть работ «дотянута»"
                        + " до отметки «" + mark + "». " + Wording.NEEDS_ANALYSIS;
                v.flag(Rule.C, "C." + mark, text, details(s, b, at, one, two, above, neighbours, probability, around,
                        holeProbability), ratio, excess, chance, holeChance, minimum);
            }
        }
    }

    private static List<String> details(WorkStats s, int b, int at, int one, int two, int above, double neighbours,
                                        double probability, double around, double holeProbability) {
        double mean = (one + two) / 2.0;
        List<String> lines = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (int x = Math.max(0, b - 5); x <= Math.min(s.maxScore(), b + 3); x++) {
            counts.add(x + " — " + s.scoreCount(x));
        }
        lines.add("участников по баллам: " + String.join(", ", counts));
        lines.add("на границе (" + b + ") — " + at + ", в среднем на двух баллах ниже — " + Wording.decimal(mean)
                + (one + two == 0 ? "" : " (на границе в " + Wording.decimal(at / mean) + " раза больше)")
                + ", лишних участников — " + Wording.decimal(at - mean)
                + (b < s.maxScore() ? "; на балл выше (" + (b + 1) + ") — " + above : ""));
        lines.add("вероятность случайно получить на " + b + " баллах " + Wording.pupils(at) + " при " + Wording.decimal(neighbours)
                + " в среднем на соседних баллах (" + Math.max(0, b - WINDOW) + "–" + Math.min(s.maxScore(), b + WINDOW) + ") — "
                + Wording.probability(probability) + "; получить так мало на " + (b - 1) + " и " + (b - 2) + " баллах при "
                + Wording.decimal(around) + " в среднем на баллах вокруг — " + Wording.probability(holeProbability));
        return lines;
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

    /**
     * The mean count at the surroundings of the two scores below b: three scores below them (b − 3, b − 4, b − 5) and
     * three above (b + 1 … b + 3) that exist. When another boundary of the work itself looks pushed — its pile meets
     * the counting conditions (ratio and extra pupils) over the two scores under it — those three scores are skipped
     * and the next ones taken instead (at most down to b − 8 and up to b + 6): with pupils pushed both to the lowest
     * «3» and to the lowest «4», the emptied scores under one boundary must not count as the normal surroundings of
     * the other's hole. A boundary that shows no pile changes nothing.
     */
    static double holeSurroundingsMean(WorkStats s, Scale scale, int b, BigDecimal ratio, BigDecimal excess) {
        Set<Integer> disturbed = new HashSet<>();
        for (int mark = 3; mark <= 5; mark++) {
            int other = scale.lowestScoreOf(mark);
            if (other != b && other >= 2 && other <= s.maxScore()
                    && piles(s.scoreCount(other), s.scoreCount(other - 1), s.scoreCount(other - 2), ratio, excess)) {
                for (int x = other - 2; x <= other; x++) {
                    disturbed.add(x);
                }
            }
        }
        int sum = 0;
        int scores = 0;
        int taken = 0;
        for (int x = b - 3; x >= Math.max(0, b - 8) && taken < 3; x--) {
            if (!disturbed.contains(x)) {
                sum += s.scoreCount(x);
                scores++;
                taken++;
            }
        }
        taken = 0;
        for (int x = b + 1; x <= Math.min(s.maxScore(), b + 6) && taken < 3; x++) {
            if (!disturbed.contains(x)) {
                sum += s.scoreCount(x);
                scores++;
                taken++;
            }
        }
        return scores == 0 ? 0 : (double) sum / scores;
    }

    /**
     * The counting conditions: at least {@code ratio} times the mean of the two scores below and at least
     * {@code excess} pupils more than it — exact, in halves to stay in integers.
     */
    static boolean piles(int at, int one, int two, BigDecimal ratio, BigDecimal excess) {
        boolean highEnough = BigDecimal.valueOf(2L * at).compareTo(ratio.multiply(BigDecimal.valueOf(one + two))) >= 0;
        boolean enoughPupils = BigDecimal.valueOf(2L * at - one - two).compareTo(excess.multiply(BigDecimal.valueOf(2))) >= 0;
        return highEnough && enoughPupils;
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

}
