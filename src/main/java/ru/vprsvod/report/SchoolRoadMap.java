package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.IndexPoint;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;

/**
 * The data of a school's own road map (дорожная карта школы, seed 003): a draft the department sends to each
 * school of the risk group for it to adopt. The school's signs decide which events appear (a journal mismatch asks
 * for a review of the school's marking, peaks at the boundaries for cross-checking, …), and the reasons the school
 * entered the group are stated with their figures.
 */
public final class SchoolRoadMap {

    public static final String TEMPLATE = "Дорожная карта школы.docx";

    private SchoolRoadMap() {
    }

    public static Map<String, Object> data(int year, SchoolFindings school, Findings findings, Reference reference) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("приказ_органа", DocumentData.registration(reference.registrations().of(DocumentKind.ROAD_MAP_ORDER, year),
                reference.requisites()));
        data.put("год", year);
        data.put("учебный_год", RussianFormat.schoolYear(year + 1));
        data.put("следующий_год", year + 1);
        data.put("школа", ObjectivityData.school(school));
        List<Map<String, Object>> history = new ArrayList<>();
        for (IndexPoint p : findings.history(school.school().login())) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("год", p.year());
            point.put("индекс", p.index());
            point.put("в_группе_риска", p.riskGroup());
            history.add(point);
        }
        data.put("история", history);
        List<SelectedWork> selected = findings.recheck().year() != year ? List.of() : findings.recheck().works().stream()
                .filter(w -> w.school().login().equalsIgnoreCase(school.school().login())).toList();
        Map<String, Object> recheck = new LinkedHashMap<>();
        recheck.put("работ", selected.size());
        recheck.put("срок", selected.isEmpty() ? null : findings.recheck().deadline());
        data.put("перепроверка", recheck);
        // Low results are no sign: they only add the professional development the Порядок asks for (п. 7.5).
        data.put("низкие_результаты", findings.lowResults().year(year)
                .map(low -> RoadMapOrder.lowWorks(low, school.school().login())).orElse(""));
        return data;
    }
}
