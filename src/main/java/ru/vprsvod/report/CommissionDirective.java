package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.commission.Commissions;
import ru.vprsvod.commission.SubjectCommission;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Expert;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.School;

/**
 * The data of the directive creating the subject commissions of the municipal re-check (распоряжение о создании
 * предметных комиссий, Порядок п. 6.6–6.11): per subject the chair and members with their schools, the number of
 * works, the dates from the same computed deadline the re-check order uses, the requirements to members, and the
 * appendix of who checks how many works of which schools (no participant codes: those are in the order's appendix
 * and each expert's protocol).
 */
public final class CommissionDirective {

    public static final String TEMPLATE = "Распоряжение о предметных комиссиях.docx";

    private CommissionDirective() {
    }

    public static Map<String, Object> data(Findings findings, Commissions commissions, Reference reference) {
        RecheckSelection r = findings.recheck();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.COMMISSION_DIRECTIVE, r.year()),
                reference.requisites()));
        data.put("год", r.year());
        data.put("распоряжение", DocumentData.registration(reference.registrations().of(DocumentKind.VPR_DIRECTIVE, r.year()),
                reference.requisites()));
        data.put("приказ", DocumentData.registration(reference.registrations().of(DocumentKind.RECHECK_ORDER, r.year()),
                reference.requisites()));
        data.put("срок", r.deadline());
        data.put("окончание_периода", reference.requisites().periodEnd());
        data.put("срок_дней", reference.rules().count(RuleParameter.RECHECK_DAYS));
        data.put("стаж", reference.rules().count(RuleParameter.EXPERT_YEARS));
        data.put("высшее", reference.rules().get(RuleParameter.EXPERT_HIGHER_EDUCATION).on());
        data.put("работ_на_эксперта", reference.rules().count(RuleParameter.COMMISSION_WORKS_PER_EXPERT));
        data.put("выбрано", r.works().size());

        List<Map<String, Object>> list = new ArrayList<>();
        List<Map<String, Object>> load = new ArrayList<>();
        int unassigned = 0;
        int ofTheirClass = 0;
        for (SubjectCommission c : commissions.subjects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("предмет", c.subject());
            m.put("предмет_в_родительном", c.subject());
            int works = c.assigned().values().stream().mapToInt(List::size).sum() + c.unassigned().size();
            m.put("работ", works);
            m.put("председатель", c.chair().map(e -> person(e, reference)).orElse(null));
            List<Map<String, Object>> members = new ArrayList<>();
            for (Expert e : c.members()) {
                if (c.chair().filter(e::equals).isPresent()) {
                    continue;
                }
                members.add(person(e, reference));
            }
            m.put("члены", members);
            m.put("состав", c.members().size());
            list.add(m);
            for (Expert e : c.members()) {
                List<SelectedWork> own = c.worksOf(e);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("предмет", c.subject());
                row.put("эксперт", e.name());
                row.put("роль", c.chair().filter(e::equals).isPresent() ? "председатель" : "член комиссии");
                row.put("школа", schoolName(e.school(), reference));
                Set<String> schools = new LinkedHashSet<>();
                own.forEach(w -> schools.add(w.school().name()));
                row.put("проверяемые_школы", own.isEmpty() ? "—" : String.join(", ", schools));
                row.put("работ", own.size());
                load.add(row);
                ofTheirClass += (int) own.stream().filter(w -> e.teachesClass(w.school().login(), w.className())).count();
            }
            unassigned += c.unassigned().size();
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).put("знак", i == list.size() - 1 ? "." : ";");
        }
        data.put("комиссии", list);
        data.put("распределение", load);
        data.put("не_распределено", unassigned);
        data.put("классы_переданы", ofTheirClass == 0 ? ""
                : ru.vprsvod.russian.RussianFormat.count(ofTheirClass, "работа", "работы", "работ"));
        data.put("замечания", new ArrayList<>(commissions.problems()));
        return data;
    }

    private static Map<String, Object> person(Expert e, Reference reference) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("фио", e.name());
        p.put("школа", schoolName(e.school(), reference));
        p.put("стаж", e.years());
        return p;
    }

    /** The school's short name; the login when the reference no longer has it. */
    static String schoolName(String login, Reference reference) {
        return reference.school(login).map(School::name).orElse(login);
    }
}
