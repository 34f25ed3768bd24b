package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.checks.YearFindings;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;

/**
 * The data of the order approving the municipal road map on the objectivity of the VPR (приказ об утверждении
 * дорожной карты, seeds 000 and 001): the road map is drawn up after the results of the campaign year for the
 * next school year, and its events aimed at the risk group name the group's schools.
 */
public final class RoadMapOrder {

    public static final String TEMPLATE = "Приказ о дорожной карте.docx";

    private RoadMapOrder() {
    }


    public static Map<String, Object> data(int year, Findings findings, Reference reference) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.ROAD_MAP_ORDER, year),
                reference.requisites()));
        putCommon(data, year, findings);
        return data;
    }

    /** The parts the road map and the objectivity plan share: years, the risk group, signs, the re-check. */
    static void putCommon(Map<String, Object> data, int year, Findings findings) {
        YearFindings current = findings.year(year).orElse(null);
        data.put("год", year);
        data.put("учебный_год", RussianFormat.schoolYear(year + 1));
        data.put("следующий_год", year + 1);
        List<Map<String, Object>> group = new ArrayList<>();
        for (SchoolFindings s : current == null ? List.<SchoolFindings>of() : current.riskGroup()) {
            group.add(ObjectivityData.school(s));
        }
        data.put("группа_риска", group);
        data.put("группа_риска_перечень", String.join(", ", group.stream().map(s -> (String) s.get("название")).toList()));
        data.put("признаки", ObjectivityData.byKind(current));
        List<SchoolFindings> flagged = current == null ? List.of() : current.schools().stream().filter(SchoolFindings::flagged).toList();
        data.put("школ_с_признаками", flagged.size());
        data.put("школы_с_признаками_перечень", String.join(", ", flagged.stream().map(s -> s.school().name()).toList()));
        lowResults(data, year, findings);
        RecheckSelection recheck = findings.recheck();
        Map<String, Object> r = new LinkedHashMap<>();
        boolean thisYear = recheck.year() == year;
        r.put("работ", thisYear ? recheck.works().size() : 0);
        r.put("срок", thisYear ? recheck.deadline() : null);
        data.put("перепроверка", r);
    }

    /**
     * The schools with low results of the year (Порядок, п. 7.4: комплексное обследование, обязательное повышение
     * квалификации), kept apart from the signs: {@code низкие_результаты} with each school's low works.
     */
    static void lowResults(Map<String, Object> data, int year, Findings findings) {
        List<Map<String, Object>> schools = new ArrayList<>();
        findings.lowResults().year(year).ifPresent(low -> {
            for (ru.vprsvod.reference.School s : low.schools()) {
                Map<String, Object> m = DocumentData.school(s);
                m.put("работы", lowWorks(low, s.login()));
                schools.add(m);
            }
        });
        data.put("низкие_результаты", schools);
        data.put("низкие_результаты_перечень", String.join(", ", schools.stream().map(s -> (String) s.get("название")).toList()));
    }

    /** «Математика, 4 класс; Русский язык, 5 класс»: a school's works above the low-results threshold. */
    static String lowWorks(ru.vprsvod.lowresults.LowResults low, String login) {
        return String.join("; ", low.works().stream().filter(w -> w.school().school().login().equalsIgnoreCase(login))
                .map(w -> w.work().spec().work().title()).toList());
    }
}
