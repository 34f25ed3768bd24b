package ru.vprsvod.checks;

import java.util.Optional;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.WorkStats;

/**
 * E. Sharp change against last year (FIOKO 2026 recommendations, §2; Порядок МО, п. 6.3): the same parallel
 * (grade g last year, grade g this year) and the same cohort (grade g − 1 last year → grade g this year). Works of
 * different years and grades differ in difficulty, so what is compared is the school's position against the
 * district — its quality minus the district's, its share of «2» minus the district's — in each year. A change of
 * that position by at least the threshold, up or down, is a sign: a jump may mean inflation, a fall may mean the
 * earlier results were inflated. The change must also be large against its own chance variation (in standard
 * errors of the difference of two shares), so that one class of twenty pupils swinging by chance is not a sign.
 */
final class ChangeRule {

    private ChangeRule() {
    }

    static void check(SchoolWork sw, WorkStats district, Optional<Campaign> previous, Rules rules, Verdict v) {
        Work work = sw.spec().work();
        int last = work.year() - 1;
        if (previous.isEmpty() || previous.get().submissionCount() == 0) {
            v.skip(Rule.E, "нет данных района за " + last + " год: сравнение с прошлым годом невозможно");
            return;
        }
        compare(sw, district, previous.get(), new Work(last, work.subject(), work.grade()), "E.parallel",
                "Та же параллель", rules, v);
        int grade = work.grade() - 1;
        if (grade >= 4 && grade != 9) {
            compare(sw, district, previous.get(), new Work(last, work.subject(), grade), "E.cohort",
                    "Те же обучающиеся (год назад — " + grade + " класс)", rules, v);
        }
    }

    private static void compare(SchoolWork sw, WorkStats district, Campaign previous, Work earlier, String kind, String label,
                                Rules rules, Verdict v) {
        Optional<WorkResults> earlierWork = previous.work(earlier);
        if (earlierWork.isEmpty() || earlierWork.get().schools().isEmpty()) {
            v.skip(Rule.E, label + ": нет данных района по работе «" + earlier.titleWithYear() + "»");
            return;
        }
        Optional<SchoolResult> before = earlierWork.get().schools().stream()
                .filter(r -> r.school().login().equals(sw.school().login())).findFirst();
        if (before.isEmpty()) {
            v.skip(Rule.E, label + ": нет результатов школы по работе «" + earlier.titleWithYear() + "»");
            return;
        }
        Setting minimum = rules.get(RuleParameter.MIN_DISTRIBUTION);
        WorkStats then = before.get().stats();
        WorkStats now = sw.stats();
        if (then.present() < minimum.number().intValue() || now.present() < minimum.number().intValue()) {
            v.skip(Rule.E, label + ": работу писали " + now.present() + " (" + sw.spec().work().year() + ") и " + then.present()
                    + " (" + earlier.year() + ") участников, меньше минимума " + Wording.threshold(minimum));
            return;
        }
        WorkStats districtThen = earlierWork.get().district();
        Work work = sw.spec().work();
        Setting errors = rules.get(RuleParameter.E_ERRORS, work);
        Setting qualityThreshold = rules.get(RuleParameter.E_QUALITY_PP, work);
        double qualityNow = now.quality() - district.quality();
        double qualityThen = then.quality() - districtThen.quality();
        double qualityError = standardError(now.markCount(4) + now.markCount(5), now.present(),
                then.markCount(4) + then.markCount(5), then.present());
        flagIfSharp(v, kind, label + ": качество " + describe(work, now.quality(), district.quality(), qualityNow) + "; "
                + describe(earlier, then.quality(), districtThen.quality(), qualityThen), qualityNow - qualityThen,
                qualityError, qualityThreshold, errors, minimum);
        Setting twoThreshold = rules.get(RuleParameter.E_TWO_PP, work);
        double twoNow = now.markPercent(2) - district.markPercent(2);
        double twoThen = then.markPercent(2) - districtThen.markPercent(2);
        double twoError = standardError(now.markCount(2), now.present(), then.markCount(2), then.present());
        flagIfSharp(v, kind, label + ": доля «2» " + describe(work, now.markPercent(2), district.markPercent(2), twoNow) + "; "
                + describe(earlier, then.markPercent(2), districtThen.markPercent(2), twoThen), twoNow - twoThen,
                twoError, twoThreshold, errors, minimum);
    }

    private static void flagIfSharp(Verdict v, String kind, String figures, double change, double error, Setting threshold,
                                    Setting errors, Setting minimum) {
        double inErrors = change == 0 ? 0 : Math.abs(change) / error;
        if (Math.abs(change) >= threshold.number().doubleValue() && inErrors >= errors.number().doubleValue()) {
            v.flag(Rule.E, kind, figures + ". Положение школы относительно района изменилось на " + Wording.points(change)
                    + " при пороге " + Wording.threshold(threshold) + "; это " + Wording.decimal(inErrors)
                    + " стандартной ошибки разности при пороге " + Wording.threshold(errors) + ". " + Wording.NEEDS_ANALYSIS,
                    threshold, errors, minimum);
        }
    }

    /**
     * The standard error, in percentage points, of the difference of two shares x1/n1 and x2/n2 of independent
     * groups. Shares are smoothed as (x + 1) / (n + 2) so that 0 % or 100 % does not make it zero.
     */
    static double standardError(int x1, int n1, int x2, int n2) {
        double p1 = (x1 + 1.0) / (n1 + 2.0);
        double p2 = (x2 + 1.0) / (n2 + 2.0);
        return 100 * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    }

    /** «в 5 классе (2026) — 85,0 % при 52,3 % по району (+32,7 п. п.)». */
    private static String describe(Work work, double school, double district, double difference) {
        return "в " + work.grade() + " классе (" + work.year() + ") — " + Wording.percent(school) + " при "
                + Wording.percent(district) + " по району (" + Wording.points(difference) + ")";
    }
}
