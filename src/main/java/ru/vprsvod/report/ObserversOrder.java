package ru.vprsvod.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.vprsvod.observers.ObserverPlan;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.ObserverEntry;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;

/**
 * The data of the order approving the list of public observers (приказ об утверждении списка независимых общественных
 * наблюдателей, road map 1.3–1.4, directive п. 1.8, Порядок разд. 3): the observers with their organisation and
 * phone, and the appendix — per school and date the works, the classes and the observer — with the slots nobody could
 * take and why, and the seed that reproduces the draw.
 */
public final class ObserversOrder {

    public static final String TEMPLATE = "Приказ о наблюдателях.docx";

    private ObserversOrder() {
    }

    public static Map<String, Object> data(ObserverPlan plan, Reference reference) {
        int year = reference.campaignYear();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.OBSERVERS_ORDER, year),
                reference.requisites()));
        data.put("распоряжение", DocumentData.registration(reference.registrations().of(DocumentKind.VPR_DIRECTIVE, year),
                reference.requisites()));
        data.put("год", year);
        data.put("отчёт_месяцев", reference.rules().count(RuleParameter.OBSERVERS_REPORT_MONTHS));
        List<Map<String, Object>> observers = new ArrayList<>();
        for (ObserverEntry o : plan.observersAssigned()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("фио", o.name());
            m.put("организация", o.organisation());
            m.put("телефон", o.phone());
            m.put("дней", plan.visitsOf(o).size());
            observers.add(m);
        }
        data.put("наблюдатели", observers);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ObserverPlan.Assignment a : plan.assignments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("дата", a.slot().date());
            row.put("школа", a.slot().school().name());
            row.put("логин", a.slot().school().login());
            row.put("работы", works(a.slot()));
            row.put("классы", a.slot().classes());
            row.put("наблюдатель", a.observer().name());
            row.put("группа_риска", a.slot().riskGroup());
            rows.add(row);
        }
        data.put("назначения", rows);
        List<Map<String, Object>> unfilled = new ArrayList<>();
        for (ObserverPlan.Unfilled u : plan.unfilled()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("дата", u.slot().date());
            row.put("школа", u.slot().school().name());
            row.put("работы", works(u.slot()));
            row.put("классы", u.slot().classes());
            unfilled.add(row);
        }
        data.put("не_назначено", unfilled);
        data.put("школ", plan.assignments().stream().map(a -> a.slot().school().login()).distinct().count());
        data.put("группа_риска_первой", reference.rules().get(RuleParameter.OBSERVERS_RISK_FIRST).on());
        data.put("только_группа_риска", reference.rules().get(RuleParameter.OBSERVERS_RISK_ONLY).on());
        data.put("начальное_число", plan.seed());
        data.put("происхождение_числа", plan.seedOrigin());
        return data;
    }

    /** The works of the day without their classes (those have their own column): «Математика, 4 класс; …». */
    static String works(ObserverPlan.Slot slot) {
        return String.join("; ", slot.sittings().stream().map(s -> s.work().title()).distinct().toList());
    }
}
