package ru.vprsvod.report;

import ru.vprsvod.russian.RussianFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import ru.vprsvod.calendar.DeadlineCalendar;
import ru.vprsvod.checks.Rule;
import ru.vprsvod.reference.DocumentKind;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.WorkSpec;
import ru.vprsvod.schedule.ScheduleForm;
import ru.vprsvod.schedule.Sitting;

/**
 * The data of the directive on organising the VPR (распоряжение об организации и проведении ВПР, seed 004): every
 * school with its head and the works it writes, the municipal coordinator, the period, and the figures of the
 * municipal Порядок (appendix 2) that the product itself applies — the re-check share and deadlines, the storage
 * period and the signs that put a school in the risk group — taken from the rules in force, so the document and
 * the checks can never disagree. Once schools have sent their schedules, appendix 3 lists their dates.
 */
public final class VprDirective {

    public static final String TEMPLATE = "Распоряжение о проведении ВПР.docx";

    private VprDirective() {
    }


    public static Map<String, Object> data(int year, Reference reference) {
        return data(year, reference, List.of());
    }

    /**
     * @param sittings the schools' schedules in force (their «График» workbooks): appendix 3 lists them by date, with
     *                 the schools that have sent none; without any, the directive has no appendix 3
     */
    public static Map<String, Object> data(int year, Reference reference, List<Sitting> sittings) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("орган", DocumentData.body(reference.requisites()));
        data.put("документ", DocumentData.registration(reference.registrations().of(DocumentKind.VPR_DIRECTIVE, year),
                reference.requisites()));
        data.put("год", year);
        data.put("учебный_год", RussianFormat.schoolYear(year));
        List<WorkSpec> specs = reference.specs(year);
        TreeSet<Integer> grades = new TreeSet<>();
        List<Map<String, Object>> works = new ArrayList<>();
        for (WorkSpec spec : specs) {
            grades.add(spec.work().grade());
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("название", spec.work().title());
            w.put("предмет", spec.work().subject());
            w.put("класс", spec.work().grade());
            works.add(w);
        }
        data.put("работы", works);
        data.put("классы", RussianFormat.enumeration(grades.stream().map(String::valueOf).toList()));
        List<Map<String, Object>> schools = new ArrayList<>();
        for (School s : reference.schools()) {
            Map<String, Object> school = DocumentData.school(s);
            List<String> own = specs.stream().filter(spec -> s.grades().contains(spec.work().grade()))
                    .map(spec -> spec.work().title()).toList();
            school.put("работы", own.isEmpty() ? "—" : String.join("; ", own));
            school.put("классы", RussianFormat.enumeration(specs.stream().map(spec -> spec.work().grade())
                    .filter(s.grades()::contains).distinct().sorted().map(String::valueOf).toList()));
            schools.add(school);
        }
        data.put("школы", schools);
        data.put("окончание_периода", reference.requisites().periodEnd());
        // The same computed dates as the calendar and the re-check order (moved off weekends when «Правила» say so).
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("перепроверка", DeadlineCalendar.recheckDue(reference).orElse(null));
        terms.put("хранение", DeadlineCalendar.storageUntil(reference).orElse(null));
        terms.put("анализ", DeadlineCalendar.analysisDue(reference));
        data.put("сроки", terms);
        data.put("порядок", order(reference.rules()));
        schedule(reference, sittings, data);
        return data;
    }

    /**
     * {@code график}: the sittings by date and school ({@code дата}, {@code школа}, {@code работа}, {@code классы});
     * {@code график_не_представили}: the schools writing works this year that have sent no schedule, or empty.
     */
    private static void schedule(Reference reference, List<Sitting> sittings, Map<String, Object> data) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Sitting sitting : sittings.stream().sorted().toList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("дата", sitting.date());
            row.put("школа", reference.school(sitting.school()).map(School::name).orElse(sitting.school()));
            row.put("работа", sitting.work().title());
            row.put("классы", sitting.classes().isEmpty() ? "—" : String.join(", ", sitting.classes()));
            rows.add(row);
        }
        data.put("график", rows);
        List<String> without = reference.schools().stream()
                .filter(s -> !ScheduleForm.expectedWorks(reference, s).isEmpty())
                .filter(s -> sittings.stream().noneMatch(sitting -> sitting.school().equals(s.login())))
                .map(School::name).toList();
        data.put("график_не_представили", RussianFormat.enumeration(without));
    }

    /** {@code порядок}: the figures of the municipal Порядок the checks apply. */
    private static Map<String, Object> order(Rules rules) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("доля_перепроверки", rules.number(RuleParameter.RECHECK_SHARE));
        order.put("срок_перепроверки_дней", rules.count(RuleParameter.RECHECK_DAYS));
        order.put("хранение_дней", rules.count(RuleParameter.STORAGE_DAYS));
        order.put("отчёт_наблюдателя_месяцев", rules.count(RuleParameter.OBSERVERS_REPORT_MONTHS));
        order.put("стаж_экспертов", rules.count(RuleParameter.EXPERT_YEARS));
        order.put("высшее_экспертов", rules.get(RuleParameter.EXPERT_HIGHER_EDUCATION).on());
        order.put("минимум_работ_школы", rules.count(RuleParameter.RECHECK_PER_SCHOOL));
        order.put("порог_неподтверждения", rules.number(RuleParameter.A_NOT_CONFIRMED));
        List<String> reasons = new ArrayList<>();
        for (String letter : rules.list(RuleParameter.RISK_RULES)) {
            for (Rule rule : Rule.values()) {
                if (rule.name().equalsIgnoreCase(letter)) {
                    reasons.add(reason(rule, rules));
                }
            }
        }
        order.put("основания_перепроверки", reasons);
        order.put("порог_индекса", rules.number(RuleParameter.RISK_INDEX));
        return order;
    }

    /** The wording of the Порядок, п. 6.3, for each sign that puts a school in the risk group. */
    private static String reason(Rule rule, Rules rules) {
        return switch (rule) {
            case A -> "в которых более " + rules.number(RuleParameter.A_NOT_CONFIRMED).stripTrailingZeros().toPlainString()
                    + " % обучающихся не подтвердили текущую успеваемость результатами ВПР";
            case B -> "показавших завышенные результаты ВПР по сравнению с другими общеобразовательными организациями района";
            case C -> "в результатах которых выявлено скопление участников на границах отметок";
            case D -> "в результатах которых выявлена нетипичная решаемость заданий разного уровня сложности";
            case E -> "в которых наблюдается резкое изменение результатов ВПР по сравнению с предыдущим учебным годом";
            case F -> "попавших в список образовательных организаций с признаками необъективных результатов по итогам"
                    + " предыдущего учебного года";
        };
    }
}
