package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.Skip;
import ru.vprsvod.checks.WorkFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.lowresults.LowResults;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;

/**
 * The analytical report's conclusions (выводы), one sentence per finding a head acts on: who sent results, how the
 * district changed against last year, which schools have low results, where signs of non-objectivity were found
 * and which checks could not be made — and why, so a year without earlier data never reads as «no signs».
 */
final class ReportConclusions {

    private ReportConclusions() {
    }

    /**
     * The checks that could not be made for some or all works of the year, one line per rule: «не проводилась» with
     * the reason when it was skipped everywhere, else for how many school works and one reason as an example.
     */
    static List<Map<String, Object>> skipped(YearFindings year) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (year == null) {
            return out;
        }
        for (Rule rule : Rule.values()) {
            int total = 0;
            int skipped = 0;
            Map<String, Integer> reasons = new LinkedHashMap<>();
            for (SchoolFindings s : year.schools()) {
                if (rule == Rule.F) {
                    total++;
                    List<Skip> skips = s.schoolSkips().stream().filter(k -> k.rule() == rule).toList();
                    if (!skips.isEmpty() && !s.flagged(rule)) {
                        skipped++;
                        skips.forEach(k -> reasons.merge(k.reason(), 1, Integer::sum));
                    }
                    continue;
                }
                for (WorkFindings w : s.works()) {
                    total++;
                    List<Skip> skips = w.skipped().stream().filter(k -> k.rule() == rule).toList();
                    if (!skips.isEmpty() && !w.flagged(rule)) {
                        skipped++;
                        skips.forEach(k -> reasons.merge(k.reason(), 1, Integer::sum));
                    }
                }
            }
            if (skipped == 0) {
                continue;
            }
            String reason = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("буква", rule.name());
            m.put("название", rule.title());
            boolean everywhere = skipped == total;
            m.put("везде", everywhere);
            String where = rule == Rule.F ? skipped + " из " + RussianFormat.count(total, "школы", "школ", "школ")
                    : skipped + " из " + RussianFormat.count(total, "протокола", "протоколов", "протоколов")
                    + " (школа × работа)";
            m.put("текст", everywhere ? "не проводилась: " + reason
                    : "не проводилась для " + where + (reasons.size() > 1 ? "; например: " : ": ") + reason);
            out.add(m);
        }
        return out;
    }

    /** The conclusions, each a sentence. */
    static List<String> of(Campaign campaign, int schools, int schoolsWithResults, int participants,
                           List<List<ReportDynamics.Change>> dynamics, int previousYear, boolean previousData,
                           LowResults low, YearFindings signs, List<Map<String, Object>> skipped,
                           RecheckSelection recheck) {
        List<String> out = new ArrayList<>();
        int year = campaign.year();
        StringBuilder results = new StringBuilder("Результаты ВПР " + year + " года представили " + schoolsWithResults + " из "
                + RussianFormat.count(schools, "образовательной организации", "образовательных организаций",
                "образовательных организаций") + " района (" + RussianFormat.count(campaign.submissionCount(), "протокол",
                "протокола", "протоколов") + ", " + RussianFormat.count(participants, "участник", "участника", "участников")
                + ")");
        long missing = campaign.missing().size();
        if (missing > 0) {
            results.append("; не представили результаты хотя бы одной работы ").append(RussianFormat.count(missing,
                    "образовательная организация", "образовательные организации", "образовательных организаций"));
        }
        out.add(results + ".");

        if (!dynamics.isEmpty()) {
            out.add(trend(dynamics, "Качество, %", "качество результатов района", new String[] {"повысилось", "снизилось",
                "не изменилось"}, previousYear));
            out.add(trend(dynamics, "Доля «2», %", "доля отметок «2» по району", new String[] {"выросла", "снизилась",
                "не изменилась"}, previousYear));
        } else {
            out.add(previousData ? "Сравнить результаты с " + previousYear + " годом нельзя: в программе нет результатов тех же"
                    + " работ за " + previousYear + " год."
                    : "Сравнить результаты с " + previousYear + " годом нельзя: результатов ВПР " + previousYear
                    + " года в программе нет.");
        }

        if (low.isEmpty()) {
            out.add("Образовательных организаций с низкими результатами (" + low.ruleText() + ") не выявлено.");
        } else {
            List<String> names = low.schools().stream().map(School::name).toList();
            out.add("Низкие результаты (" + low.ruleText() + ") показали " + RussianFormat.count(names.size(),
                    "образовательная организация", "образовательные организации", "образовательных организаций") + ": "
                    + String.join(", ", names) + ".");
        }

        List<SchoolFindings> flagged = signs == null ? List.of() : signs.schools().stream().filter(SchoolFindings::flagged).toList();
        List<SchoolFindings> group = signs == null ? List.of() : signs.riskGroup();
        if (flagged.isEmpty()) {
            out.add(skipped.isEmpty() ? "Признаков необъективности результатов не выявлено."
                    : "По проведённым проверкам признаков необъективности результатов не выявлено; часть проверок не"
                    + " проводилась (раздел 5).");
        } else {
            out.add("Признаки необъективности результатов, требующие анализа, выявлены в " + RussianFormat.count(flagged.size(),
                    "образовательной организации", "образовательных организациях", "образовательных организациях")
                    + (group.isEmpty() ? "; муниципальная группа риска не сформирована."
                    : "; в муниципальную группу риска включены " + RussianFormat.count(group.size(),
                    "образовательная организация", "образовательные организации", "образовательных организаций") + ": "
                    + String.join(", ", group.stream().map(s -> s.school().name()).toList()) + "."));
        }
        List<String> notRun = skipped.stream().filter(m -> (Boolean) m.get("везде")).map(m -> (String) m.get("буква")).toList();
        if (!notRun.isEmpty()) {
            out.add((notRun.size() == 1 ? "Проверка " : "Проверки ") + RussianFormat.enumeration(notRun) + " за " + year
                    + " год не " + (notRun.size() == 1 ? "проводилась" : "проводились") + " (причины — в разделе 5),"
                    + " поэтому отсутствие признаков этих видов не означает, что их нет.");
        }
        if (recheck != null && recheck.year() == year && !recheck.works().isEmpty()) {
            out.add("Для муниципальной перепроверки отобрано " + RussianFormat.count(recheck.works().size(), "работа", "работы",
                    "работ") + " (требуется не менее " + recheck.required() + ")" + recheck.optionalDeadline()
                    .map(d -> "; перепроверка завершается " + RussianFormat.date(d)).orElse("") + ".");
        }
        return out;
    }

    /**
     * «По сравнению с 2025 годом качество результатов района повысилось — Математика, 4 класс (+2,1 п. п.); снизилось —
     * …».
     *
     * @param verbs up, down, unchanged, agreeing with {@code what}
     */
    private static String trend(List<List<ReportDynamics.Change>> dynamics, String indicator, String what, String[] verbs,
                                int previousYear) {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (List<ReportDynamics.Change> work : dynamics) {
            for (ReportDynamics.Change c : work) {
                if (!c.indicator().equals(indicator) || Double.isNaN(c.delta())) {
                    continue;
                }
                double d = ru.vprsvod.statistics.Percent.round1(c.shownDelta());
                String item = c.work().title() + " (" + ReportDynamics.signed(d) + " п. п.)";
                (d > 0 ? up : d < 0 ? down : same).add(d == 0 ? c.work().title() : item);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!up.isEmpty()) {
            parts.add(verbs[0] + " — " + String.join(", ", up));
        }
        if (!down.isEmpty()) {
            parts.add(verbs[1] + " — " + String.join(", ", down));
        }
        if (!same.isEmpty()) {
            parts.add(verbs[2] + " — " + String.join(", ", same));
        }
        return "По сравнению с " + previousYear + " годом " + what + " " + String.join("; ", parts) + ".";
    }
}
