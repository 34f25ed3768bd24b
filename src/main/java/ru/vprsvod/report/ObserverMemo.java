package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.calendar.DeadlineCalendar;
import ru.vprsvod.observers.ObserverPlan;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;

/**
 * The data of an observer's personal sheet (памятка общественного наблюдателя): the order that appointed them, each
 * visit — date, school with its address, works and classes — and the day its report is due, computed as the calendar
 * computes it ({@link DeadlineCalendar#observersReportDue}), so the sheet and the «Календарь» page never disagree.
 */
public final class ObserverMemo {

    public static final String TEMPLATE = "Памятка наблюдателя.docx";

    private ObserverMemo() {
    }

    public static Map<String, Object> data(ObserverEntry observer, ObserverPlan plan, Reference reference) {
        int year = reference.campaignYear();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("приказ", DocumentData.registration(reference.registrations().of(DocumentKind.OBSERVERS_ORDER, year),
                reference.requisites()));
        data.put("год", year);
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("фио", observer.name());
        person.put("организация", observer.organisation());
        person.put("телефон", observer.phone());
        data.put("наблюдатель", person);
        List<Map<String, Object>> visits = new ArrayList<>();
        java.time.LocalDate last = null;
        for (ObserverPlan.Assignment a : plan.visitsOf(observer)) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("дата", a.slot().date());
            v.put("школа", a.slot().school().name());
            v.put("полное_название", a.slot().school().fullName().isEmpty() ? a.slot().school().name() : a.slot().school().fullName());
            v.put("адрес", a.slot().school().address());
            v.put("руководитель", ru.vprsvod.russian.RussianFormat.shortName(a.slot().school().headName()));
            v.put("работы", ObserversOrder.works(a.slot()));
            v.put("классы", a.slot().classes());
            java.time.LocalDate due = a.slot().sittings().stream().map(s -> DeadlineCalendar.observersReportDue(s, reference))
                    .max(java.util.Comparator.naturalOrder()).orElseThrow();
            v.put("отчёт_до", due);
            last = last == null || due.isAfter(last) ? due : last;
            visits.add(v);
        }
        data.put("визиты", visits);
        data.put("дней", visits.size());
        data.put("последний_срок", last);
        data.put("отчёт_месяцев", reference.rules().count(RuleParameter.OBSERVERS_REPORT_MONTHS));
        return data;
    }
}
