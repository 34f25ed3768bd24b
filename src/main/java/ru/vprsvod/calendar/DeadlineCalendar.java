package ru.vprsvod.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.vprsvod.reference.ExtraDeadline;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Rules;
import ru.vprsvod.reference.Setting;
import ru.vprsvod.russian.RussianFormat;

/**
 * Every deadline of the Порядок the product can compute from the reference: the end of the VPR period and the
 * campaign year on «Реквизиты», the re-check term and the storage term on «Правила» (the same settings the
 * re-check selection counts its dates from, so the calendar and the re-check order never disagree), and those the
 * coordinator adds on the optional «Сроки» sheet. Dates are
 * calendar days as the Порядок counts them: a deadline falling on a weekend is not moved.
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

    public static DeadlineCalendar of(Reference reference) {
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
        return new DeadlineCalendar(year, deadlines, notes);
    }
}
