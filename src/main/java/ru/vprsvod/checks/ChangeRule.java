package ru.vprsvod.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Work;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.WorkStats;

/**
 * E. Sharp change against last year (the department's Порядок: «резкое изменение результатов по сравнению с
 * предыдущим учебным годом»), in the same parallel (grade g last year and this year) and for the same pupils (grade
 * g − 1 last year → grade g this year).
 *
 * <p>Works of different years and grades differ in difficulty, so what is compared is the school's
 * {@link Position position} on the whole score distribution: its pupils' mean score minus the district's, in
 * standard deviations of the district's scores, in each year. Shares of marks would throw away most of what the
 * scores say; they are what the explanation shows a person. A change of the position is a sign when it is at least
 * {@link RuleParameter#E_SIGMAS} times its expected spread and at least {@link RuleParameter#E_MIN_SHIFT} district
 * standard deviations. The expected spread has two parts: the sampling of the school's pupils (its score variance
 * over its participants, both years) and how much schools really change from year to year — new pupils, teachers,
 * a school's own drift. The second part is estimated from the district's own data: how much the other schools'
 * positions moved beyond their sampling in the comparisons of the same kind this year (every work's same parallel,
 * or every work's same pupils): the value that makes the median of change² / (sampling variance + spread²) over
 * those comparisons equal the median of χ² with one degree of freedom — a median, so that a few schools with
 * anomalies of their own do not widen it. It is never taken below
 * {@link RuleParameter#E_SPREAD}, and with fewer than {@link RuleParameter#E_MIN_SCHOOLS} other schools that floor is
 * used alone. For the same pupils the sampling part is counted as for two independent groups, which overstates it:
 * the rule is cautious there.
 */
final class ChangeRule {

    /** The median of the χ² distribution with one degree of freedom. */
    static final double CHI2_MEDIAN = 0.45493642311957283;

    /** A school's change of position between two works, with its sampling variance. */
    record Change(Position then, Position now) {
        double value() {
            return now.value() - then.value();
        }

        double variance() {
            return now.variance() + then.variance();
        }

        boolean known() {
            return then.known() && now.known();
        }
    }

    /**
     * The real year-to-year spread of schools beyond sampling, as used (never below the floor) and as estimated, with
     * how many other schools and comparisons it was estimated from.
     */
    record Spread(double value, double estimated, int schools, int comparisons, boolean fromDistrict) {
    }

    private ChangeRule() {
    }

    /** One school's change on one pair of works, as the other schools' spread is estimated from. */
    record Moved(String login, String kind, Change change) {
    }

    /**
     * Every school's change of position on every pair of works of the year (same parallel, same pupils), where it
     * wrote both with enough participants: the material of the district's own estimate of how much schools move.
     */
    static List<Moved> changes(Campaign campaign, Optional<Campaign> previous, Rules rules) {
        List<Moved> moved = new ArrayList<>();
        if (previous.isEmpty()) {
            return moved;
        }
        int least = rules.get(RuleParameter.MIN_DISTRIBUTION).number().intValue();
        for (WorkResults now : campaign.works()) {
            Work work = now.spec().work();
            for (Comparison c : comparisons(work)) {
                Optional<WorkResults> then = previous.get().work(c.earlier());
                if (then.isEmpty()) {
                    continue;
                }
                for (SchoolResult r : now.schools()) {
                    earlier(then.get(), r.school().login())
                            .filter(t -> t.stats().present() >= least && r.stats().present() >= least)
                            .map(t -> new Change(Position.of(t.stats(), then.get().district()), Position.of(r.stats(), now.district())))
                            .filter(Change::known)
                            .ifPresent(ch -> moved.add(new Moved(r.school().login(), c.kind(), ch)));
                }
            }
        }
        return moved;
    }

    /** A comparison of a work of this year with one of last year. */
    record Comparison(String kind, Work earlier, String label) {
    }

    private static List<Comparison> comparisons(Work work) {
        int last = work.year() - 1;
        List<Comparison> list = new ArrayList<>();
        list.add(new Comparison("E.parallel", new Work(last, work.subject(), work.grade()), "Та же параллель"));
        int grade = work.grade() - 1;
        if (grade >= 4 && grade != 9) {
            list.add(new Comparison("E.cohort", new Work(last, work.subject(), grade),
                    "Те же обучающиеся (" + grade + " класс в " + last + " году)"));
        }
        return list;
    }

    /**
     * @param moved every school's changes this year ({@link #changes}); the school's own are left out of its spread
     */
    static void check(SchoolWork sw, List<Moved> moved, Optional<Campaign> previous, Rules rules, Verdict v) {
        Work work = sw.spec().work();
        int last = work.year() - 1;
        if (previous.isEmpty() || previous.get().submissionCount() == 0) {
            v.skip(Rule.E, "нет результатов " + last + " года: сравнить с прошлым годом нельзя");
            return;
        }
        for (Comparison c : comparisons(work)) {
            compare(sw, moved, previous.get(), c, rules, v);
        }
    }

    private static void compare(SchoolWork sw, List<Moved> moved, Campaign previous, Comparison c, Rules rules, Verdict v) {
        Work work = sw.spec().work();
        Work earlier = c.earlier();
        String label = c.label();
        Optional<WorkResults> earlierWork = previous.work(earlier);
        if (earlierWork.isEmpty() || earlierWork.get().schools().isEmpty()) {
            v.skip(Rule.E, label + ": нет результатов района по работе «" + earlier.title() + "» " + earlier.year() + " года");
            return;
        }
        Optional<SchoolResult> before = earlier(earlierWork.get(), sw.school().login());
        if (before.isEmpty()) {
            v.skip(Rule.E, label + ": у школы нет результатов по работе «" + earlier.title() + "» " + earlier.year() + " года");
            return;
        }
        Setting minimum = rules.get(RuleParameter.MIN_DISTRIBUTION);
        int least = minimum.number().intValue();
        WorkStats then = before.get().stats();
        WorkStats now = sw.stats();
        if (then.present() < least || now.present() < least) {
            v.skip(Rule.E, label + ": " + Wording.wrote(then.present()) + " в " + earlier.year() + " году и " + now.present()
                    + " в " + work.year() + " году, а для сравнения нужно не менее " + least + " в каждом году");
            return;
        }
        WorkStats districtThen = earlierWork.get().district();
        Change mine = new Change(Position.of(then, districtThen), Position.of(now, sw.district()));
        if (!mine.known()) {
            v.skip(Rule.E, label + ": баллы участников района не различаются, сравнивать положение школы не с чем");
            return;
        }
        List<Change> others = new ArrayList<>();
        java.util.Set<String> otherSchools = new HashSet<>();
        for (Moved m : moved) {
            if (m.kind().equals(c.kind()) && !m.login().equals(sw.school().login())) {
                others.add(m.change());
                otherSchools.add(m.login());
            }
        }
        Setting sigmas = rules.get(RuleParameter.E_SIGMAS, work);
        Setting minShift = rules.get(RuleParameter.E_MIN_SHIFT, work);
        Setting floor = rules.get(RuleParameter.E_SPREAD, work);
        Setting minSchools = rules.get(RuleParameter.E_MIN_SCHOOLS);
        Spread spread = spread(others, otherSchools.size(), floor.number().doubleValue(), minSchools.number().intValue());
        double expected = Math.sqrt(mine.variance() + spread.value() * spread.value());
        double change = mine.value();
        double ratio = Math.abs(change) / expected;
        if (ratio >= sigmas.number().doubleValue() && Math.abs(change) >= minShift.number().doubleValue()) {
            String text = label + ": " + shares(earlier, then, districtThen, work, now, sw.district()) + " "
                    + (change > 0 ? "Результаты школы относительно района резко выросли — намного сильнее обычных изменений школ"
                            + " района и случайных колебаний; результаты этого года могут быть завышены."
                            : "Результаты школы относительно района резко снизились — намного сильнее обычных изменений школ"
                            + " района и случайных колебаний; завышенными могли быть результаты прошлого года.")
                    + " " + Wording.NEEDS_ANALYSIS;
            v.flag(Rule.E, c.kind(), text, details(earlier, work, mine, spread, expected, ratio), sigmas, minShift, floor, minSchools,
                    minimum);
        }
    }

    private static Optional<SchoolResult> earlier(WorkResults earlierWork, String login) {
        return earlierWork.schools().stream().filter(r -> r.school().login().equals(login)).findFirst();
    }

    /**
     * The real spread of schools' changes beyond sampling: the value s ≥ 0 at which the median over the other schools'
     * comparisons of change² / (sampling variance + s²) is the median of χ²₁. A ratio is above that median exactly when
     * change² / median(χ²₁) − sampling variance is above s², so s² is simply the median of those differences (zero
     * when it is negative: the changes are no wider than sampling). Never below {@code floor}; the floor alone when
     * fewer than {@code minSchools} other schools can be compared.
     */
    static Spread spread(List<Change> others, int schools, double floor, int minSchools) {
        if (schools < minSchools || others.isEmpty()) {
            return new Spread(floor, Double.NaN, schools, others.size(), false);
        }
        double[] beyond = new double[others.size()];
        for (int i = 0; i < beyond.length; i++) {
            Change c = others.get(i);
            beyond[i] = c.value() * c.value() / CHI2_MEDIAN - c.variance();
        }
        Arrays.sort(beyond);
        int n = beyond.length;
        double median = n % 2 == 1 ? beyond[n / 2] : (beyond[n / 2 - 1] + beyond[n / 2]) / 2;
        double estimated = Math.sqrt(Math.max(0, median));
        return new Spread(Math.max(floor, estimated), estimated, schools, others.size(), true);
    }

    /**
     * «качество (доля «4» и «5») в 2025 году — 60,5 % при 47,2 % по району, в 2026 году — 26,8 % при 49,0 %; доля «2» —
     * 5,3 % и 29,3 % (по району — 10,1 % и 9,8 %).»
     */
    private static String shares(Work earlier, WorkStats then, WorkStats districtThen, Work work, WorkStats now,
                                 WorkStats district) {
        return "качество (доля «4» и «5») в " + earlier.year() + " году — " + Wording.percent(then.quality()) + " при "
                + Wording.percent(districtThen.quality()) + " по району, в " + work.year() + " году — "
                + Wording.percent(now.quality()) + " при " + Wording.percent(district.quality()) + "; доля «2» — "
                + Wording.percent(then.markPercent(2)) + " и " + Wording.percent(now.markPercent(2)) + " (по району — "
                + Wording.percent(districtThen.markPercent(2)) + " и " + Wording.percent(district.markPercent(2)) + ").";
    }

    private static List<String> details(Work earlier, Work work, Change c, Spread spread, double expected, double ratio) {
        List<String> lines = new ArrayList<>();
        lines.add("средний первичный балл: в " + earlier.year() + " году — " + mean(c.then()) + "; в " + work.year()
                + " году — " + mean(c.now()));
        lines.add("положение школы относительно района (разность средних баллов школы и района в стандартных отклонениях"
                + " баллов района): " + Wording.signed2(c.then().value()) + " → " + Wording.signed2(c.now().value())
                + ", изменение " + Wording.signed2(c.value()));
        String real = spread.fromDistrict()
                ? "обычный разброс изменений школ района — " + Wording.decimal2(spread.value()) + " (оценён по "
                        + spread.comparisons() + " " + RussianFormat.plural(spread.comparisons(), "сравнению", "сравнениям",
                        "сравнениям") + " " + spread.schools() + " " + RussianFormat.plural(spread.schools(), "другой школы",
                        "других школ", "других школ") + (spread.estimated() < spread.value() ? ": "
                        + Wording.decimal2(spread.estimated()) + ", взято наименьшее допустимое значение)" : ")")
                : "обычный разброс изменений школ — " + Wording.decimal2(spread.value()) + " (наименьшее допустимое значение:"
                        + " других школ для оценки по району " + spread.schools() + ")";
        lines.add("ожидаемый разброс изменения — " + Wording.decimal2(expected) + ": случайные колебания при таком числе"
                + " участников — " + Wording.decimal2(Math.sqrt(c.variance())) + ", " + real + "; изменение больше ожидаемого"
                + " разброса в " + Wording.decimal(ratio) + " раза");
        return lines;
    }

    /** «9,8 при 11,2 по району (стандартное отклонение по району — 4,1; писали 31 участник)». */
    private static String mean(Position p) {
        return Wording.decimal(p.mean()) + " при " + Wording.decimal(p.districtMean()) + " по району (стандартное отклонение"
                + " по району — " + Wording.decimal(p.districtSd()) + "; писали " + Wording.pupils(p.pupils()) + ")";
    }
}
