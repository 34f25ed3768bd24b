package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.RecheckSelection;
import ru.vprsvod.checks.SelectedWork;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;

/**
 * The data of the covering letter to one school asking for the scans of its works selected for the municipal
 * re-check (Порядок п. 6.9–6.10): the works by participant code with class and variant, what to send (scans with
 * the scoring criteria of each variant, the electronic protocol in Excel) and by when, under the school's own
 * covering letter on its letterhead.
 */
public final class RecheckLetter {

    public static final String TEMPLATE = "Письмо о перепроверке.docx";

    private RecheckLetter() {
    }

    public static Map<String, Object> data(School school, List<SelectedWork> works, Findings findings, Reference reference) {
        RecheckSelection r = findings.recheck();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("год", r.year());
        data.put("школа", DocumentData.school(school));
        data.put("приказ", DocumentData.registration(reference.registrations().of(DocumentKind.RECHECK_ORDER, r.year()),
                reference.requisites()));
        data.put("распоряжение", DocumentData.registration(reference.registrations().of(DocumentKind.VPR_DIRECTIVE, r.year()),
                reference.requisites()));
        data.put("подписывает", DocumentData.person(reference.requisites().headPosition(), reference.requisites().headName()));
        data.put("срок", r.deadline());
        data.put("работ", works.size());
        List<Map<String, Object>> list = new ArrayList<>();
        Map<String, Integer> perWork = new LinkedHashMap<>();
        for (SelectedWork w : works) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("работа", w.work().title());
            m.put("код", w.code());
            m.put("класс", w.className());
            m.put("вариант", w.variant());
            list.add(m);
            perWork.merge(w.work().title(), 1, Integer::sum);
        }
        data.put("работы", list);
        List<String> summary = new ArrayList<>();
        perWork.forEach((title, n) -> summary.add(title + " — " + n));
        data.put("перечень_работ", String.join("; ", summary));
        return data;
    }
}
