package ru.vprsvod.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.vprsvod.reference.ExtraDeadline;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.reference.School;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.schedule.ScheduleForm;
import ru.vprsvod.schedule.Sitting;

/**
 * Every deadline of the Порядок the product can compute from the reference: the end of the VPR period and the
 * campaign year on «Реквизиты», the re-check term and the storage term on «Правила» (the same settings the
 * re-check selection counts its dates from, so the calendar and the re-check order never disagree), and those the
 * coordinator adds on the optional «Сроки» sheet; with the schools' schedules, the observers' report of each sitting.
 * Dates are calendar days as the Порядок counts them: a deadline falling on a weekend is not moved, unless the
 * «Правила» switch {@link RuleParameter#WEEKEND_SHIFT} is on (then Saturday and Sunday move to Monday; public
 * holidays are not known to the product and are not moved).
 *
 * @param year      the campaign year
 * @param deadlines by date
 * @param notes     what could not be computed and why, in Russian
 */
public record DeadlineCalendar(int year, List<Deadline> deadlines, List<String> notes) {

    static final String ORDER = "муниципальный Порядок проведения ВПР";

    public DeadlineCalendar {
        deadlines = Deadline.sorted(deadlines);
        notes = List.copyOf(notes);
    }

    /** The deadlines of the reference alone, with no schedules known (so nobody is named as not having sent one). */
    public static DeadlineCalendar of(Reference reference) {
        return of(reference, List.of(), false, List.of());
    }

    /**
     * The deadlines with those the schools' schedules in force add: for each school and date of {@code sittings},
     * the observers' report (the day of the work plus {@link RuleParameter#OBSERVERS_REPORT_MONTHS} months); and the
     * schedules' deadline names the schools that write works this year and have no sitting, that is have sent no
     * schedule.
     */
    public static DeadlineCalendar of(Reference reference, List<Sitting> sittings) {
        return of(reference, sittings, true, List.of());
    }

    /**
     * As {@link #of(Reference, List)}, with the observers' order as issued: each observers' report names the
     * observer who owes it and says whether it came ({@code duties} empty before the order is made).
     */
    public static DeadlineCalendar of(Reference reference, List<Sitting> sittings, List<ObserverDuty> duties) {
        return of(reference, sittings, true, duties);
    }

    private static DeadlineCalendar of(Reference reference, List<Sitting> sittings, boolean schedulesKnown,
                                       List<ObserverDuty> duties) {
        int year = reference.campaignYear();
        Rules rules = reference.rules();
        List<Deadline> deadlines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        var end = reference.requisites().optionalPeriodEnd();
        if (end.isEmpty()) {
            notes.add("в справочнике (лист «Реквизиты») не указана «Дата окончания периода проведения ВПР»: сроки"
                    + " перепроверки и хранения работ не вычислены");
        } else {
            LocalDate periodEnd = end.get();
            deadlines.add(new Deadline("period-end", periodEnd, "Окончание периода проведения ВПР",
                    "Последний день периода проведения ВПР " + year + " года (лист «Реквизиты» справочника). С этого"
                            + " дня считаются сроки перепроверки и хранения работ.",
                    "лист «Реквизиты» справочника", "все школы района", "/"));
            Setting days = rules.get(RuleParameter.RECHECK_DAYS);
            long recheckDays = days.number().longValue();
            deadlines.add(new Deadline("recheck", periodEnd.plusDays(recheckDays),
                    "Завершение муниципальной перепроверки работ",
                    "Муниципальная перепроверка работ выборки завершается в течение " + recheckDays
                            + " календарных дней со дня завершения периода проведения ВПР (" + RussianFormat.date(periodEnd)
                            + "); результаты перепроверки доводятся до школ.",
                    days.source(), "отдел по образованию, предметные комиссии", "/objectivity?year=" + year));
            Setting storage = rules.get(RuleParameter.STORAGE_DAYS);
            long storageDays = storage.number().longValue();
            deadlines.add(new Deadline("storage", periodEnd.plusDays(storageDays),
                    "Окончание хранения работ и протоколов",
                    "Школы хранят работы участников и электронные протоколы с результатами проверки " + storageDays
                            + " дней (считая от окончания периода проведения ВПР, " + RussianFormat.date(periodEnd)
                            + "), исключая возможность внесения изменений. До этого дня работы нельзя уничтожать.",
                    storage.source(), "все школы района", ""));
        }
        deadlines.add(new Deadline("analysis", LocalDate.of(year, 8, 10),
                "Размещение анализа результатов ВПР на официальном сайте",
                "Отдел по образованию проводит анализ результатов ВПР " + year + " года и размещает его на официальном"
                        + " сайте не позднее 10 августа текущего года.",
                ORDER + ", п.\u00a07.4", "отдел по образованию", "/documents"));
        for (ExtraDeadline extra : reference.extraDeadlines()) {
            deadlines.add(new Deadline("sheet-" + extra.cell().replaceAll("[^A-Za-z0-9]", ""), extra.date(), extra.title(),
                    extra.title() + " (срок добавлен координатором на листе «Сроки» справочника, " + extra.cell() + ").",
                    extra.source().isEmpty() ? "лист «Сроки» справочника" : extra.source(),
                    extra.who().isEmpty() ? "не указано" : extra.who(), ""));
        }
        observersReports(reference, sittings, schedulesKnown, duties, deadlines);
        boolean shift = rules.get(RuleParameter.WEEKEND_SHIFT).on();
        List<Deadline> dated = new ArrayList<>();
        for (Deadline d : deadlines) {
            LocalDate moved = shift ? nextWorkingDay(d.date()) : d.date();
            boolean sheet = d.key().startsWith("sheet-");
            dated.add(moved.equals(d.date()) || sheet ? d : new Deadline(d.key(), moved, d.title(), d.description()
                    + " Срок пришёлся на " + RussianFormat.date(d.date()) + " (выходной) и перенесён на следующий рабочий"
                    + " день (лист «Правила»).", d.source(), d.who(), d.link()));
        }
        return new DeadlineCalendar(year, dated, notes);
    }

    /**
     * The end of the municipal re-check: the period's end plus {@link RuleParameter#RECHECK_DAYS}, moved off a weekend
     * when the «Правила» switch says so; empty without the period's end. The date the re-check order, the commissions
     * directive, the letters and this calendar all print.
     */
    public static Optional<LocalDate> recheckDue(Reference reference) {
        return reference.requisites().optionalPeriodEnd()
                .map(end -> onWorkingDay(end.plusDays(reference.rules().count(RuleParameter.RECHECK_DAYS)), reference));
    }

    /** The last day the schools keep the works and protocols: the period's end plus {@link RuleParameter#STORAGE_DAYS}. */
    public static Optional<LocalDate> storageUntil(Reference reference) {
        return reference.requisites().optionalPeriodEnd()
                .map(end -> onWorkingDay(end.plusDays(reference.rules().count(RuleParameter.STORAGE_DAYS)), reference));
    }

    /** The analysis of the campaign on the department's site: 10 August of the campaign year (Порядок, п. 7.4). */
    public static LocalDate analysisDue(Reference reference) {
        return onWorkingDay(LocalDate.of(reference.campaignYear(), 8, 10), reference);
    }

    private static LocalDate onWorkingDay(LocalDate date, Reference reference) {
        return reference.rules().get(RuleParameter.WEEKEND_SHIFT).on() ? nextWorkingDay(date) : date;
    }

    /**
     * When the observers' report of a sitting is due: the day of the work plus the «Правила» term in months (one
     * by default; 31 March + 1 month is 30 April, as {@link LocalDate#plusMonths} counts), moved off a weekend when
     * the «Правила» switch says so. The one place the observers' plan and the calendar take this date from.
     */
    public static LocalDate observersReportDue(Sitting sitting, Reference reference) {
        Rules rules = reference.rules();
        return onWorkingDay(sitting.date().plusMonths(rules.count(RuleParameter.OBSERVERS_REPORT_MONTHS)), reference);
    }

    /** Saturday and Sunday move to the next Monday; other days stay. */
    static LocalDate nextWorkingDay(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** The schedules' due date, and one observers' report per school and date of the schedule. */
    private static void observersReports(Reference reference, List<Sitting> sittings, boolean schedulesKnown,
                                         List<ObserverDuty> duties, List<Deadline> deadlines) {
        Rules rules = reference.rules();
        reference.requisites().optionalPeriodEnd().ifPresent(end -> {
            Setting due = rules.get(RuleParameter.SCHEDULE_DUE_DAYS);
            long days = due.number().longValue();
            String description = "Школы присылают графики проведения ВПР (даты каждой работы по классам) не позднее " + days
                    + " дней до окончания периода проведения ВПР (" + RussianFormat.date(end) + ").";
            String who = "все школы района";
            if (schedulesKnown) {
                List<School> expected = reference.schools().stream()
                        .filter(school -> !ScheduleForm.expectedWorks(reference, school).isEmpty()).toList();
                List<String> owing = expected.stream().filter(school -> sittings.stream()
                        .noneMatch(s -> s.school().equals(school.login()))).map(School::shortName).toList();
                description += " Получено графиков: " + (expected.size() - owing.size()) + " из " + expected.size() + "."
                        + (owing.isEmpty() ? " Графики прислали все школы." : "");
                who = owing.isEmpty() ? "все школы района (графики получены)"
                        : "не прислали график: " + RussianFormat.enumeration(owing);
            }
            deadlines.add(new Deadline("schedules", end.minusDays(days), "Графики проведения ВПР от школ", description,
                    due.source(), who, "/schedule"));
        });
        Setting months = rules.get(RuleParameter.OBSERVERS_REPORT_MONTHS);
        Map<String, List<Sitting>> bySchoolDate = new TreeMap<>();
        for (Sitting s : sittings) {
            bySchoolDate.computeIfAbsent(s.date() + "|" + s.school(), k -> new ArrayList<>()).add(s);
        }
        for (List<Sitting> day : bySchoolDate.values()) {
            Sitting first = day.get(0);
            String school = reference.school(first.school()).map(School::name).orElse(first.school());
            String works = String.join("; ", day.stream().sorted().map(s -> s.work().title()
                    + (s.classes().isEmpty() ? "" : " (" + String.join(", ", s.classes()) + ")")).toList());
            LocalDate plain = first.date().plusMonths(months.number().longValue());
            Optional<ObserverDuty> duty = duties.stream()
                    .filter(d -> d.school().equals(first.school()) && d.date().equals(first.date())).findFirst();
            if (!duties.isEmpty() && duty.isEmpty()) {
                continue; // the order sends nobody there (only the risk group is observed): no report is owed
            }
            String who = duty.map(d -> d.observer().isEmpty() ? school + ": наблюдатель не назначен (отчёта не будет)"
                    : "наблюдатель " + RussianFormat.shortName(d.observer()) + " (" + school + "): " + d.reported()
                    .map(on -> "отчёт получен " + RussianFormat.date(on)).orElse("отчёт не получен")).orElse(school);
            deadlines.add(new Deadline("observers-" + first.school().replaceAll("[^A-Za-z0-9]", "") + "-" + first.date(),
                    plain, "Отчёт общественного наблюдателя: " + school,
                    "Общественный наблюдатель, присутствовавший " + RussianFormat.date(first.date()) + " в " + school
                            + " (" + works + "), представляет отчёт муниципальному координатору в течение "
                            + months.number().intValue() + " мес. после дня проведения работы.",
                    months.source(), who, duties.isEmpty() ? "" : "/observers"));
        }
    }
}
