package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.RecommendedSchool;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;

/**
 * The data of the order on the municipal re-check (приказ о перепроверке, муниципальный Порядок, п. 6.3–6.5): the schools of
 * the risk group with the works and numbers of works selected, the total against the required share of the
 * district's works, the deadlines, the seed that reproduces the selection, and the appendix of selected works by
 * participant code (no names: the codes are what schools keep against their paper protocols), and the schools
 * outside the group whose signs make a re-check advisable («рекомендуется включить»), for the department to decide.
 */
public final class RecheckOrder {

    public static final String TEMPLATE = "Приказ о перепроверке.docx";

    private RecheckOrder() {
    }


    public static Map<String, Object> data(Findings findings, Reference reference) {
        RecheckSelection r = findings.recheck();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.RECHECK_ORDER, r.year()),
                reference.requisites()));
        data.put("год", r.year());
        // The directive whose appendix 2 (the Порядок) the order cites.
        data.put("распоряжение", DocumentData.registration(reference.registrations().of(DocumentKind.VPR_DIRECTIVE, r.year()),
                reference.requisites()));
        data.put("работ_в_районе", r.districtWorks());
        data.put("требуется", r.required());
        data.put("выбрано", r.works().size());
        data.put("доля", reference.rules().number(RuleParameter.RECHECK_SHARE));
        data.put("минимум_школы", reference.rules().count(RuleParameter.RECHECK_PER_SCHOOL));
        data.put("на_границе", r.count(SelectedWork.Reason.BOUNDARY));
        data.put("случайных", r.count(SelectedWork.Reason.SCHOOL_MINIMUM) + r.count(SelectedWork.Reason.SAMPLE));
        data.put("срок", r.deadline());
        data.put("хранить_до", r.keepUntil());
        data.put("окончание_периода", reference.requisites().periodEnd());
        data.put("начальное_число", Long.toString(r.seed()));
        data.put("происхождение_числа", r.seedOrigin());
        data.put("примечания", new ArrayList<>(r.notes()));

        Map<String, List<SelectedWork>> bySchool = new LinkedHashMap<>();
        r.works().forEach(w -> bySchool.computeIfAbsent(w.school().login(), k -> new ArrayList<>()).add(w));
        List<Map<String, Object>> schools = new ArrayList<>();
        for (List<SelectedWork> works : bySchool.values()) {
            School s = works.get(0).school();
            Map<String, Object> school = DocumentData.school(s);
            Map<Work, Integer> perWork = new LinkedHashMap<>();
            works.forEach(w -> perWork.merge(w.work(), 1, Integer::sum));
            List<Map<String, Object>> list = new ArrayList<>();
            perWork.forEach((work, n) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("название", work.title());
                m.put("число", n);
                list.add(m);
            });
            school.put("работы", list);
            school.put("перечень_работ", String.join("; ", list.stream().map(m -> m.get("название") + " — " + m.get("число")).toList()));
            school.put("работ", works.size());
            schools.add(school);
        }
        data.put("школы", punctuated(schools));

        List<Map<String, Object>> selected = new ArrayList<>();
        for (SelectedWork w : r.works()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("школа", w.school().name());
            m.put("логин", w.school().login());
            m.put("работа", w.work().title());
            m.put("предмет", w.work().subject());
            m.put("класс", w.work().grade());
            m.put("код", w.code());
            m.put("класс_буква", w.className());
            m.put("вариант", w.variant());
            m.put("балл", w.primaryScore());
            m.put("отметка", w.mark());
            m.put("причина", w.why());
            m.put("основание", switch (w.reason()) {
                case BOUNDARY -> "граница «" + w.mark() + "»";
                case SCHOOL_MINIMUM -> "минимум школы";
                case SAMPLE -> "случайно";
            });
            selected.add(m);
        }
        data.put("выборка", selected);

        // Schools outside the risk group with signs the rules recommend for a re-check (рекомендуется включить):
        // named in the order with their reasons, so a school with the clearest push is never left out silently.
        List<Map<String, Object>> recommended = new ArrayList<>();
        for (RecommendedSchool s : r.recommended()) {
            Map<String, Object> school = DocumentData.school(s.school());
            school.put("основания", String.join("; ", s.reasons()));
            school.put("работ_на_границе", s.boundaryWorks());
            recommended.add(school);
        }
        data.put("рекомендуется", punctuated(recommended));
        return data;
    }

    /** A list set out as the items of a point: each ends with «;» (`знак`), the last with «.». */
    private static List<Map<String, Object>> punctuated(List<Map<String, Object>> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).put("знак", i == items.size() - 1 ? "." : ";");
        }
        return items;
    }
}
