package ru.vprsvod.report;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;

/**
 * The data of the order approving the work plan on raising the objectivity of the results (план работы по
 * повышению объективности, seed 002). Its section 2 is computed: for each kind of sign, how many schools show it
 * and which ({@code признаки_по_порядку}: inflated results, mismatch with the journal marks, a sharp change, peaks at
 * the mark boundaries, atypical solve rates, last year's list), then the events for those schools.
 */
public final class ObjectivityPlan {

    public static final String TEMPLATE = "План по объективности.docx";

    private ObjectivityPlan() {
    }


    public static Map<String, Object> data(int year, Findings findings, Reference reference) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.OBJECTIVITY_PLAN, year),
                reference.requisites()));
        RoadMapOrder.putCommon(data, year, findings);
        data.put("признаки_по_порядку", ObjectivityData.kindList(findings.year(year).orElse(null)));
        return data;
    }
}
