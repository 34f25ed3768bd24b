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
 * at b + 1 — a peak, not a rising slope. The school's distribution is the sum of its classes'.
 */
final class BoundaryPeakRule {

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
            if (highEnough && enoughPupils && at > above) {
                double mean = (one + two) / 2.0;
                String times = one + two == 0 ? "при пустых баллах ниже" : "в " + Wording.decimal(at / mean) + " раза больше";
                v.flag(Rule.C, "C." + mark, "Пик на границе отметки «" + mark + "»: " + b + " " + points(b) + " набрали "
                        + Wording.pupils(at) + ", а " + (b - 1) + " и " + (b - 2) + " " + points(b - 2) + " — " + one + " и " + two
                        + " (в среднем " + Wording.decimal(mean) + "): " + times + " при пороге " + Wording.threshold(ratio)
                        + ", лишних участников " + Wording.decimal(at - mean) + " при пороге " + Wording.threshold(excess)
                        + (b < s.maxScore() ? "; на балл выше (" + (b + 1) + ") — " + above : "")
                        + ". " + Wording.NEEDS_ANALYSIS, ratio, excess, minimum);
            }
        }
    }

    private static String points(int n) {
        return ru.vprsvod.report.RussianFormat.plural(n, "балл", "балла", "баллов");
    }
}
