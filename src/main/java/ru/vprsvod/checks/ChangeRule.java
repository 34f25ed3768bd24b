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
 * earlier results were inflated.
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
        Setting qualityThreshold = rules.get(RuleParameter.E_QUALITY_PP, work);
        double qualityNow = now.quality() - district.quality();
        double qualityThen = then.quality() - districtThen.quality();
        double qualityChange = qualityNow - qualityThen;
        if (Math.abs(qualityChange) >= qualityThreshold.number().doubleValue()) {
            v.flag(Rule.E, kind, label + ": качество " + describe(work, now.quality(), district.quality(), qualityNow) + "; "
                    + describe(earlier, then.quality(), districtThen.quality(), qualityThen)
                    + ". Положение школы относительно района изменилось на " + Wording.points(qualityChange)
                    + " при пороге " + Wording.threshold(qualityThreshold) + ". " + Wording.NEEDS_ANALYSIS,
                    qualityThreshold, minimum);
        }
        Setting twoThreshold = rules.get(RuleParameter.E_TWO_PP, work);
        double twoNow = now.markPercent(2) - district.markPercent(2);
        double twoThen = then.markPercent(2) - districtThen.markPercent(2);
        double twoChange = twoNow - twoThen;
        if (Math.abs(twoChange) >= twoThreshold.number().doubleValue()) {
            v.flag(Rule.E, kind, label + ": доля «2» " + describe(work, now.markPercent(2), district.markPercent(2), twoNow) + "; "
                    + describe(earlier, then.markPercent(2), districtThen.markPercent(2), twoThen)
                    + ". Положение школы относительно района изменилось на " + Wording.points(twoChange)
                    + " при пороге " + Wording.threshold(twoThreshold) + ". " + Wording.NEEDS_ANALYSIS,
                    twoThreshold, minimum);
        }
    }

    /** «в 5 классе (2026) — 85,0 % при 52,3 % по району (+32,7 п. п.)». */
    private static String describe(Work work, double school, double district, double difference) {
        return "в " + work.grade() + " классе (" + work.year() + ") — " + Wording.percent(school) + " при "
                + Wording.percent(district) + " по району (" + Wording.points(difference) + ")";
    }
}
