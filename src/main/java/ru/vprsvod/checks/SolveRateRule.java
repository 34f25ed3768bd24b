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
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.TaskResult;
import ru.vprsvod.statistics.WorkStats;

/**
 * D. Task solve-rate anomalies (FIOKO 2026 recommendations, §1, §5, §7). Harder tasks (П, В) are normally solved
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
            v.skip(Rule.D, "работу писали " + Wording.pupils(s.present()) + ", меньше минимума " + Wording.threshold(minimum)
                    + ": решаемость заданий не анализируется");
            return;
        }
        levels(sw, rules, minimum, v);
        groups(sw, rules, v);
    }

    private static void levels(SchoolWork sw, Rules rules, Setting minimum, Verdict v) {
        long basicPoints = 0;
        long basicMax = 0;
        long hardPoints = 0;
        long hardMax = 0;
        int present = sw.stats().present();
        for (TaskResult t : sw.stats().tasks()) {
            Level level = level(t.task(), sw.spec());
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
        if (basicMax == 0 || hardMax == 0) {
            v.skip(Rule.D, "в справочнике (лист «Задания») не указаны уровни сложности заданий Б и П/В этой работы:"
                    + " сравнение решаемости по уровням невозможно");
            return;
        }
        Work work = sw.spec().work();
        Setting margin = rules.get(RuleParameter.D_LEVEL_MARGIN, work);
        double basic = Percent.of(basicPoints, basicMax);
        double hard = Percent.of(hardPoints, hardMax);
        if (hard - basic >= margin.number().doubleValue()) {
            v.flag(Rule.D, "D.levels", "Задания повышенного и высокого уровня (П/В) решены не хуже базовых (Б): решаемость П/В — "
                    + Wording.percent(hard) + ", Б — " + Wording.percent(basic) + " (разница " + Wording.points(hard - basic)
                    + " при пороге " + Wording.threshold(margin) + "). " + Wording.NEEDS_ANALYSIS, margin, minimum);
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
                    + " при минимуме группы " + Wording.threshold(minGroup));
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
            v.flag(Rule.D, "D.groups", "Получившие «3» решили лучше получивших «5» более чем на " + Wording.threshold(inversion)
                    + " " + ru.vprsvod.russian.RussianFormat.count(inverted.size(), "задание", "задания", "заданий")
                    + " (" + String.join(", ", codes) + ") при пороге " + Wording.threshold(tasks) + ". "
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
