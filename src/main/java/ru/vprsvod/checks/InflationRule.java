package ru.vprsvod.checks;

import java.util.List;
import java.util.Optional;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.Work;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.workbook.Texts;

/**
 * B. Inflated results: a share of «5» above its bound or of «2» below its bound (bounds per subject × grade, as
 * regions set them), or quality (% of «4» and «5») far above the other schools of the district on the same work
 * — both in standard deviations across those schools and in percentage points, so that neither a tight nor a
 * scattered district alone makes a flag. Schools of the exempt types (lyceums and gymnasiums by default, as in
 * Rosobrnadzor's 2018 criterion) are not checked: high results are expected there.
 */
final class InflationRule {

    private InflationRule() {
    }

    static void check(SchoolWork sw, List<SchoolWork> sameWork, Rules rules, Verdict v) {
        Work work = sw.spec().work();
        Optional<String> exemptType = exemptType(sw.school(), rules.list(RuleParameter.B_EXEMPT_TYPES));
        if (exemptType.isPresent()) {
            v.skip(Rule.B, "не применяется к ОО типа «" + exemptType.get() + "»: высокие результаты таких школ ожидаемы");
            return;
        }
        Setting minimum = rules.get(RuleParameter.MIN_DISTRIBUTION);
        WorkStats s = sw.stats();
        if (s.present() < minimum.number().intValue()) {
            v.skip(Rule.B, Wording.wrote(s.present()) + ", а для анализа распределения нужно не менее "
                    + Wording.number(minimum.number()));
            return;
        }
        shares(sw, work, rules, minimum, v);
        quality(sw, sameWork, rules, minimum, v);
    }

    private static void shares(SchoolWork sw, Work work, Rules rules, Setting minimum, Verdict v) {
        WorkStats s = sw.stats();
        Setting maxFive = rules.get(RuleParameter.B_MAX_FIVE, work);
        if (Wording.exceeds(s.markCount(5), s.present(), maxFive.number())) {
            v.flag(Rule.B, "B.5", "Доля «5» — " + Wording.share(s.markCount(5), s.present()) + ", по району — "
                    + Wording.percent(sw.district().markPercent(5)) + ": выше верхней границы, принятой для этой работы. Это может"
                    + " означать завышение результатов. " + Wording.NEEDS_ANALYSIS, List.of(), maxFive, minimum);
        }
        Setting minTwo = rules.get(RuleParameter.B_MIN_TWO, work);
        if (minTwo.number().signum() > 0 && Wording.below(s.markCount(2), s.present(), minTwo.number())) {
            v.flag(Rule.B, "B.2", "Доля «2» — " + Wording.share(s.markCount(2), s.present()) + ", по району — "
                    + Wording.percent(sw.district().markPercent(2)) + ": ниже нижней границы, принятой для этой работы. Это может"
                    + " означать завышение результатов слабых участников. " + Wording.NEEDS_ANALYSIS, List.of(), minTwo, minimum);
        }
    }

    private static void quality(SchoolWork sw, List<SchoolWork> sameWork, Rules rules, Setting minimum, Verdict v) {
        Work work = sw.spec().work();
        Setting minSchools = rules.get(RuleParameter.B_MIN_SCHOOLS);
        List<Double> others = sameWork.stream()
                .filter(o -> !o.school().login().equals(sw.school().login()))
                .filter(o -> o.stats().present() >= minimum.number().intValue())
                .map(o -> o.stats().quality())
                .toList();
        if (others.size() < minSchools.number().intValue()) {
            v.skip(Rule.B, "сравнение качества с районом не выполнено: других школ, где работу писали не менее "
                    + Wording.number(minimum.number()) + " участников, " + others.size() + ", а нужно не менее "
                    + Wording.number(minSchools.number()));
            return;
        }
        double mean = others.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double sd = Math.sqrt(others.stream().mapToDouble(q -> (q - mean) * (q - mean)).sum() / (others.size() - 1));
        double quality = sw.stats().quality();
        double above = quality - mean;
        double deviations = sd == 0 ? (above > 0 ? Double.POSITIVE_INFINITY : 0) : above / sd;
        Setting sdThreshold = rules.get(RuleParameter.B_QUALITY_SD, work);
        Setting ppThreshold = rules.get(RuleParameter.B_QUALITY_PP, work);
        if (deviations >= sdThreshold.number().doubleValue() && above >= ppThreshold.number().doubleValue()) {
            WorkStats s = sw.stats();
            v.flag(Rule.B, "B.quality", "Качество (доля «4» и «5») — " + Wording.share(s.markCount(4) + s.markCount(5), s.present())
                    + ", в среднем по другим школам района — " + Wording.percent(mean) + ": на " + Wording.pointsAbs(above)
                    + " выше, намного больше обычных различий между школами. Результаты могут быть завышены. "
                    + Wording.NEEDS_ANALYSIS,
                    List.of("среднее качество " + Wording.schools(others.size()) + " района, где работу писали не менее "
                            + Wording.number(minimum.number()) + " участников (без этой школы), — " + Wording.percent(mean)
                            + ", стандартное отклонение — " + Wording.pointsAbs(sd) + "; школа выше среднего на "
                            + Wording.decimal(deviations) + " стандартного отклонения"),
                    sdThreshold, ppThreshold, minSchools, minimum);
        }
    }

    /** The exempt type the school is of: its «Тип», or its name when the type column is empty. */
    static Optional<String> exemptType(School school, List<String> exemptTypes) {
        String type = Texts.normalize(school.type().isBlank() ? school.name() : school.type());
        return exemptTypes.stream().filter(t -> type.contains(Texts.normalize(t))).findFirst();
    }
}
