package ru.vprsvod.checks;

import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.reference.Level;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Task;
import ru.vprsvod.reference.Work;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.TaskResult;
import ru.vprsvod.statistics.WorkStats;

/**
 * D. Task solve-rate anomalies (FIOKO's analysis recommendations). Harder tasks (П, В) are normally solved
 * worse than basic ones (Б); pupils who got «5» normally solve every task at least as well as those who got «3».
 * Solve rates are pooled over a level: points scored / (participants × sum of the level's maxima), so a 2-point
 * task weighs twice a 1-point one. Levels come from the reference's «Задания» sheet; without them this part is
 * skipped with a note.
 */
final class SolveRateRule {

    private SolveRateRule() {
    }

    static void check(SchoolWork sw, Rules rules, Verdict v) {
        Setting minimum = rules.get(RuleParameter.MIN_DISTRIBUTION);
        WorkStats s = sw.stats();
        if (s.present() < minimum.number().intValue()) {
            v.skip(Rule.D, Wording.wrote(s.present()) + ", а для анализа решаемости заданий нужно не менее "
                    + Wording.number(minimum.number()));
            return;
        }
        levels(sw, rules, minimum, v);
        groups(sw, rules, v);
    }

    /** Solve rates of the basic (Б) and the harder (П, В) tasks, pooled: {basic, hard}; NaN where a level has no tasks. */
    private static double[] byLevel(WorkStats stats, WorkSpec spec) {
        long basicPoints = 0;
        long basicMax = 0;
        long hardPoints = 0;
        long hardMax = 0;
        int present = stats.present();
        for (TaskResult t : stats.tasks()) {
            Level level = level(t.task(), spec);
            if (level == null) {
                continue;
            }
            if (level == Level.BASIC) {
                basicPoints += t.points();
                basicMax += (long) present * t.task().maxPoints();
            } else {
                hardPoints += t.points();
                hardMax += (long) present * t.task().maxPoints();
            }
        }
        return new double[] {Percent.of(basicPoints, basicMax), Percent.of(hardPoints, hardMax)};
    }

    private static void levels(SchoolWork sw, Rules rules, Setting minimum, Verdict v) {
        double[] school = byLevel(sw.stats(), sw.spec());
        if (Double.isNaN(school[0]) || Double.isNaN(school[1])) {
            v.skip(Rule.D, "в справочнике (лист «Задания») не указаны уровни сложности заданий этой работы (Б и П/В):"
                    + " сравнить решаемость заданий разного уровня нельзя");
            return;
        }
        Work work = sw.spec().work();
        Setting margin = rules.get(RuleParameter.D_LEVEL_MARGIN, work);
        double basic = school[0];
        double hard = school[1];
        if (hard - basic >= margin.number().doubleValue()) {
            double[] district = byLevel(sw.district(), sw.spec());
            v.flag(Rule.D, "D.levels", "Задания повышенного и высокого уровня (П, В) решены не хуже базовых (Б): "
                    + Wording.percent(hard) + " против " + Wording.percent(basic) + " (по району — " + Wording.percent(district[1])
                    + " против " + Wording.percent(district[0]) + "). Обычно трудные задания решают хуже; так бывает, когда"
                    + " ответы известны заранее или проверка необъективна. " + Wording.NEEDS_ANALYSIS,
                    List.of("решаемость заданий Б — " + Wording.percent(basic) + ", П и В — " + Wording.percent(hard)
                            + " (разница " + (hard >= basic ? "+" : "−") + Wording.pointsAbs(hard - basic) + "); по району — Б "
                            + Wording.percent(district[0]) + ", П и В " + Wording.percent(district[1])),
                    margin, minimum);
        }
    }

    private static void groups(SchoolWork sw, Rules rules, Verdict v) {
        Work work = sw.spec().work();
        Setting minGroup = rules.get(RuleParameter.MIN_GROUP);
        Setting inversion = rules.get(RuleParameter.D_INVERSION, work);
        Setting tasks = rules.get(RuleParameter.D_INVERTED_TASKS, work);
        WorkStats s = sw.stats();
        int threes = s.markCount(3);
        int fives = s.markCount(5);
        if (threes < minGroup.number().intValue() || fives < minGroup.number().intValue()) {
            v.skip(Rule.D, "сравнение групп по отметкам не выполнено: «3» получили " + threes + ", «5» — " + fives
                    + ", а в каждой группе нужно не менее " + Wording.number(minGroup.number()));
            return;
        }
        List<String> inverted = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (TaskResult t : s.tasks()) {
            double gap = t.solveRate(3) - t.solveRate(5);
            if (gap > inversion.number().doubleValue()) {
                codes.add(t.task().code());
                inverted.add("задание " + t.task().code() + ": получившие «3» — " + Wording.percent(t.solveRate(3))
                        + ", получившие «5» — " + Wording.percent(t.solveRate(5)));
            }
        }
        if (!inverted.isEmpty() && inverted.size() >= tasks.number().intValue()) {
            v.flag(Rule.D, "D.groups", "Получившие «5» справились хуже получивших «3» с "
                    + RussianFormat.count(inverted.size(), "заданием", "заданиями", "заданиями") + " (" + String.join(", ", codes)
                    + "). Обычно получившие «5» решают каждое задание не хуже; это может означать необъективную проверку. "
                    + Wording.NEEDS_ANALYSIS, inverted, inversion, tasks, minGroup);
        }
    }

    /** The task's level as stored with the submission, or as the reference gives it now. */
    static Level level(Task task, WorkSpec spec) {
        if (task.level() != null) {
            return task.level();
        }
        return spec.task(task.code()).flatMap(Task::optionalLevel).orElse(null);
    }
}
