package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.commission.CrossCheck;
import ru.vprsvod.commission.CrossCheckPlan;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;

/**
 * The data of the order on cross-checking (приказ о проведении перекрёстной проверки, seeds 000 п. 8 and 004 п. 6):
 * per subject, which school's teachers check which school's works, as an appendix table; the risk group the plan
 * keeps apart is last year's (the one known when the works are written and checked); the seed that reproduces it;
 * and what could not be arranged.
 */
public final class CrossCheckOrder {

    public static final String TEMPLATE = "Приказ о перекрёстной проверке.docx";

    private CrossCheckOrder() {
    }

    /** Last year's municipal risk group: the campaign's own is known only after its works are checked. */
    public static Set<String> riskGroup(int year, Findings findings) {
        return findings.year(year - 1).map(y -> y.riskGroup().stream().map(s -> s.school().login()).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    public static CrossCheckPlan plan(Findings findings, Reference reference) {
        return CrossCheckPlan.of(reference, riskGroup(reference.campaignYear(), findings));
    }

    public static Map<String, Object> data(CrossCheckPlan plan, Findings findings, Reference reference) {
        int year = plan.year();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.CROSS_CHECK_ORDER, year),
                reference.requisites()));
        data.put("распоряжение", DocumentData.registration(reference.registrations().of(DocumentKind.VPR_DIRECTIVE, year),
                reference.requisites()));
        data.put("год", year);
        data.put("прошлый_год", year - 1);
        List<SchoolFindings> group = findings.year(year - 1).map(y -> y.riskGroup()).orElse(List.of());
        data.put("группа_риска", plan.riskOutside() ? group.size() : 0);
        data.put("группа_риска_перечень", String.join(", ", group.stream().map(s -> s.school().name()).toList()));
        data.put("группа_риска_известна", findings.year(year - 1).isPresent());
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (CrossCheckPlan.Subject s : plan.subjects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("предмет", s.subject());
            m.put("классы", RussianFormat.enumeration(s.grades().stream().map(String::valueOf).toList()));
            m.put("заголовок", s.subject() + " — " + m.get("классы") + (s.grades().size() == 1 ? " класс" : " классы"));
            List<Map<String, Object>> pairs = new ArrayList<>();
            // In the order of the «Школы» sheet, the order the coordinator knows the schools in.
            List<String> order = reference.schools().stream().map(School::login).toList();
            List<CrossCheck.Pair> sorted = new ArrayList<>(s.pairs().pairs());
            sorted.sort(java.util.Comparator.comparingInt(p -> order.indexOf(p.checked().login())));
            for (CrossCheck.Pair p : sorted) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("проверяется", p.checked().name());
                pair.put("логин", p.checked().login());
                pair.put("классы", grades(p.checked(), s.grades()));
                pair.put("проверяет", p.checker().name());
                pair.put("логин_проверяющей", p.checker().login());
                pair.put("примечание", plan.riskOutside() && plan.inRiskGroup(p.checked()) ? "группа риска " + (year - 1) + " г." : "");
                pairs.add(pair);
            }
            m.put("пары", pairs);
            subjects.add(m);
        }
        data.put("предметы", subjects);
        data.put("предметы_перечень", RussianFormat.enumeration(plan.subjects().stream().map(s -> "«" + s.subject() + "»").toList()));
        data.put("начальное_число", Long.toString(plan.seed()));
        data.put("происхождение_числа", plan.seedOrigin());
        data.put("примечания", new ArrayList<>(plan.problems()));
        return data;
    }

    /** «4, 5»: the grades of the subject's works the school writes. */
    private static String grades(School school, List<Integer> grades) {
        return String.join(", ", grades.stream().filter(school.grades()::contains).map(String::valueOf).toList());
    }
}
