package ru.vprsvod.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.MissingWork;
import ru.vprsvod.consolidation.SchoolResult;
import ru.vprsvod.consolidation.WorkResults;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.Work;

/**
 * The data of the analytical report (аналитическая справка по результатам ВПР): for every work with results,
 * a table of every school and the district; who has not submitted. The template decides the wording.
 */
public final class AnalyticalReport {

    /** The template in the templates folder. */
    public static final String TEMPLATE = "Аналитическая справка.docx";

    private AnalyticalReport() {
    }

    /** «Аналитическая справка ВПР 2026.docx». */
    public static String fileName(int year) {
        return "Аналитическая справка ВПР " + year + ".docx";
    }

    public static Map<String, Object> data(Campaign campaign, Reference reference, LocalDate date) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("год", campaign.year());
        data.put("дата", date);
        List<Map<String, Object>> works = new ArrayList<>();
        int participants = 0;
        java.util.Set<String> schoolsWithResults = new java.util.TreeSet<>();
        for (WorkResults w : campaign.works()) {
            if (w.schools().isEmpty()) {
                continue;
            }
            Work work = w.spec().work();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("название", work.title());
            m.put("предмет", work.subject());
            m.put("класс", work.grade());
            m.put("максимум", w.spec().scale().maxScore());
            m.put("шкала", w.spec().scale().describe());
            List<Map<String, Object>> schools = new ArrayList<>();
            for (SchoolResult r : w.schools()) {
                Map<String, Object> s = DocumentData.figures(r.stats());
                s.put("название", r.school().name());
                s.put("логин", r.school().login());
                schools.add(s);
                schoolsWithResults.add(r.school().login());
            }
            m.put("школы", schools);
            m.put("район", DocumentData.figures(w.district()));
            participants += w.district().present();
            works.add(m);
        }
        data.put("работы", works);
        List<Map<String, Object>> missing = new ArrayList<>();
        for (MissingWork mw : campaign.missing()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("школа", mw.school().name());
            m.put("работы", String.join("; ", mw.works().stream().map(Work::title).toList()));
            missing.add(m);
        }
        data.put("не_сдали", missing);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("школ", reference.schools().size());
        totals.put("школ_с_результатами", schoolsWithResults.size());
        totals.put("работ_принято", campaign.submissionCount());
        totals.put("работ_не_сдано", campaign.missingCount());
        totals.put("участников", participants);
        data.put("итоги", totals);
        return data;
    }
}
