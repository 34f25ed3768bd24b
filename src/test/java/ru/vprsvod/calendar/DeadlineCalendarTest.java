package ru.vprsvod.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.RuleParameter;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.testing.ReferenceWorkbook;

class DeadlineCalendarTest {

    @TempDir
    Path dir;

    private Reference load(ReferenceWorkbook w) {
        return ((ReferenceReading.Loaded) ReferenceLoader.load(w.write(dir.resolve("справочник.xlsx")))).reference();
    }

    private static Map<String, LocalDate> dates(DeadlineCalendar calendar) {
        return calendar.deadlines().stream().collect(Collectors.toMap(Deadline::key, Deadline::date));
    }

    @Test
    void theExampleDistrictsDatesAsCountedByHand() {
        // Period ends 20.05.2026: 45 calendar days later is Saturday 04.07.2026 (11 days of May, 30 of June, 4 of
        // July) and stays a Saturday, the Порядок counting calendar days; 90 days is 18.08.2026.
        DeadlineCalendar calendar = DeadlineCalendar.of(load(ReferenceWorkbook.example()));
        // Schedules are due 60 days before the period's end: 30 back to 20.04, 30 more to 21.03.2026 (a Saturday).
        assertEquals(Map.of("schedules", LocalDate.of(2026, 3, 21), "period-end", LocalDate.of(2026, 5, 20),
                "recheck", LocalDate.of(2026, 7, 4), "storage", LocalDate.of(2026, 8, 18),
                "analysis", LocalDate.of(2026, 8, 10)), dates(calendar));
        assertEquals(List.of("schedules", "period-end", "recheck", "analysis", "storage"),
                calendar.deadlines().stream().map(Deadline::key).toList(), "by date");
        assertEquals(List.of(), calendar.notes());
        Deadline recheck = calendar.deadlines().get(2);
        assertEquals("Завершение муниципальной перепроверки работ", recheck.title());
        assertEquals("Муниципальная перепроверка работ выборки завершается в течение 45 календарных дней со дня"
                + " завершения периода проведения ВПР (20.05.2026); результаты перепроверки доводятся до школ.",
                recheck.description());
        assertEquals("муниципальный Порядок проведения ВПР, п.\u00a06.5", recheck.source());
        assertEquals("муниципальный Порядок проведения ВПР, п.\u00a07.4", calendar.deadlines().get(3).source());
    }

    @Test
    void theRecheckTermOnTheRulesSheetMovesTheDeadline() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        w.rules.removeIf(r -> r.get(1).equals(RuleParameter.RECHECK_DAYS.label()));
        DeadlineCalendar calendar = DeadlineCalendar.of(load(w.rule(RuleParameter.RECHECK_DAYS, null, null, 30)));
        assertEquals(LocalDate.of(2026, 6, 19), dates(calendar).get("recheck"));
    }

    @Test
    void withoutThePeriodEndOnlyTheTenthOfAugustIsKnownAndTheNoteSaysWhy() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        w.requisites.removeIf(r -> r.get(0).equals("Дата окончания периода проведения ВПР"));
        DeadlineCalendar calendar = DeadlineCalendar.of(load(w));
        assertEquals(Map.of("analysis", LocalDate.of(2026, 8, 10)), dates(calendar));
        assertEquals(List.of("в справочнике (лист «Реквизиты») не указана «Дата окончания периода проведения ВПР»:"
                + " сроки перепроверки и хранения работ не вычислены"), calendar.notes());
    }

    @Test
    void standingCountsTheWeekFromMondayToSunday() {
        Deadline saturday = new Deadline("k", LocalDate.of(2026, 7, 4), "t", "d", "s", "w", "");
        assertEquals(Deadline.Standing.THIS_WEEK, saturday.standing(LocalDate.of(2026, 6, 29)), "Monday of that week");
        assertEquals(Deadline.Standing.THIS_WEEK, saturday.standing(LocalDate.of(2026, 7, 4)), "the day itself");
        assertEquals(Deadline.Standing.AHEAD, saturday.standing(LocalDate.of(2026, 6, 28)), "Sunday before");
        assertEquals(Deadline.Standing.PASSED, saturday.standing(LocalDate.of(2026, 7, 5)));
    }

    @Test
    void theCoordinatorsOwnDeadlinesFromTheSrokiSheetJoinTheCalendarAndBadRowsAreLocatedWarnings() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        w.deadlines.add(List.of("12.06.2026", "Совещание с руководителями школ по итогам ВПР", "отдел по образованию", "план работы"));
        w.deadlines.add(List.of("31.06.2026", "Отчёт в министерство", "", ""));
        w.deadlines.add(List.of("01.07.2026", "", "", ""));
        ReferenceReading.Loaded loaded = (ReferenceReading.Loaded) ReferenceLoader.load(w.write(dir.resolve("справочник.xlsx")));
        DeadlineCalendar calendar = DeadlineCalendar.of(loaded.reference());
        Deadline meeting = calendar.deadlines().stream().filter(d -> d.key().startsWith("sheet-")).findFirst().orElseThrow();
        assertEquals("sheet-A2", meeting.key());
        assertEquals(LocalDate.of(2026, 6, 12), meeting.date());
        assertEquals("Совещание с руководителями школ по итогам ВПР (срок добавлен координатором на листе «Сроки»"
                + " справочника, Сроки!A2).", meeting.description());
        assertEquals("план работы", meeting.source());
        assertEquals("отдел по образованию", meeting.who());
        assertEquals(6, calendar.deadlines().size(), "five computed and one added");
        assertEquals(List.of("Сроки A3: срок указан неверно: строка не учитывается (найдено «31.06.2026»; ожидалось дата вида 20.06.2026)",
                        "Сроки B4: не указано, что сделать к сроку: строка не учитывается (найдено «»; ожидалось мероприятие,"
                                + " например «Совещание с руководителями школ»)"),
                loaded.problems().stream().map(p -> p.sheet() + " " + p.cell() + ": " + p.message() + " (найдено «" + p.found()
                        + "»; ожидалось " + p.expected() + ")").toList());
    }

    private static final List<Sitting> SITTINGS = List.of(
            // Tuesday 31.03.2026 + 1 month = Thursday 30.04.2026 (April has 30 days): no weekend either way.
            new Sitting("edu990001", LocalDate.of(2026, 3, 31), new Work(2026, "Математика", 4), List.of("4А", "4Б")),
            new Sitting("edu990001", LocalDate.of(2026, 3, 31), new Work(2026, "Русский язык", 5), List.of("5А")),
            // Thursday 09.04.2026 + 1 month = Saturday 09.05.2026; moved, Monday 11.05.2026.
            new Sitting("edu990004", LocalDate.of(2026, 4, 9), new Work(2026, "Математика", 4), List.of("4")));

    @Test
    void eachSchoolAndDateOfTheScheduleGetsOneObserversReportAMonthLater() {
        Reference reference = load(ReferenceWorkbook.example());
        DeadlineCalendar calendar = DeadlineCalendar.of(reference, SITTINGS);
        Map<String, LocalDate> dates = dates(calendar);
        assertEquals(LocalDate.of(2026, 4, 30), dates.get("observers-edu990001-2026-03-31"));
        assertEquals(LocalDate.of(2026, 5, 9), dates.get("observers-edu990004-2026-04-09"), "not moved by default");
        assertEquals(7, calendar.deadlines().size(), "five of the reference, two school-days of the schedule");
        Deadline first = calendar.deadlines().stream().filter(d -> d.key().equals("observers-edu990001-2026-03-31"))
                .findFirst().orElseThrow();
        assertEquals("Отчёт общественного наблюдателя: МБОУ «СОШ № 1 г. Энска»", first.title());
        assertEquals("Общественный наблюдатель, присутствовавший 31.03.2026 в МБОУ «СОШ № 1 г. Энска» (Математика, 4 класс"
                + " (4А, 4Б); Русский язык, 5 класс (5А)), представляет отчёт муниципальному координатору в течение 1 мес."
                + " после дня проведения работы.", first.description());
        assertEquals("муниципальный Порядок проведения ВПР, разд.\u00a03", first.source());
        assertEquals(LocalDate.of(2026, 4, 30), DeadlineCalendar.observersReportDue(SITTINGS.get(0), reference));
        assertEquals(LocalDate.of(2026, 5, 9), DeadlineCalendar.observersReportDue(SITTINGS.get(2), reference));
    }

    /** With the observers' order issued, each report names who owes it; a school-day the order skips owes none. */
    @Test
    void theOrderAsIssuedNamesTheObserverWhoOwesEachReportAndWhetherItCame() {
        Reference reference = load(ReferenceWorkbook.example());
        DeadlineCalendar calendar = DeadlineCalendar.of(reference, SITTINGS, List.of(
                new ObserverDuty("edu990001", LocalDate.of(2026, 3, 31), "Белоусов Игорь Викторович",
                        java.util.Optional.of(LocalDate.of(2026, 4, 20)))));
        Map<String, Deadline> byKey = calendar.deadlines().stream().collect(Collectors.toMap(Deadline::key, d -> d));
        assertEquals("наблюдатель И.В.\u00a0Белоусов (МБОУ «СОШ № 1 г. Энска»): отчёт получен 20.04.2026",
                byKey.get("observers-edu990001-2026-03-31").who());
        assertEquals("/observers", byKey.get("observers-edu990001-2026-03-31").link());
        assertEquals(false, byKey.containsKey("observers-edu990004-2026-04-09"), "the order sends nobody there");

        DeadlineCalendar owed = DeadlineCalendar.of(reference, SITTINGS, List.of(
                new ObserverDuty("edu990001", LocalDate.of(2026, 3, 31), "Белоусов Игорь Викторович", java.util.Optional.empty()),
                new ObserverDuty("edu990004", LocalDate.of(2026, 4, 9), "", java.util.Optional.empty())));
        Map<String, String> who = owed.deadlines().stream().collect(Collectors.toMap(Deadline::key, Deadline::who));
        assertEquals("наблюдатель И.В.\u00a0Белоусов (МБОУ «СОШ № 1 г. Энска»): отчёт не получен",
                who.get("observers-edu990001-2026-03-31"));
        assertEquals("МБОУ «Заречная СОШ»: наблюдатель не назначен (отчёта не будет)", who.get("observers-edu990004-2026-04-09"));
    }

    @Test
    void withTheWeekendSwitchOnSaturdaysAndSundaysMoveToMondayAndOtherDaysStay() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        Reference reference = load(w.rule(RuleParameter.WEEKEND_SHIFT, null, null, 1));
        DeadlineCalendar calendar = DeadlineCalendar.of(reference, SITTINGS);
        Map<String, LocalDate> dates = dates(calendar);
        // Saturday 21.03 → Monday 23.03; Saturday 04.07 → Monday 06.07; Saturday 09.05 → Monday 11.05. Wednesday
        // 20.05, Monday 10.08, Tuesday 18.08 and Thursday 30.04 stay.
        assertEquals(LocalDate.of(2026, 3, 23), dates.get("schedules"));
        assertEquals(LocalDate.of(2026, 7, 6), dates.get("recheck"));
        assertEquals(LocalDate.of(2026, 5, 11), dates.get("observers-edu990004-2026-04-09"));
        assertEquals(LocalDate.of(2026, 5, 20), dates.get("period-end"));
        assertEquals(LocalDate.of(2026, 8, 10), dates.get("analysis"));
        assertEquals(LocalDate.of(2026, 8, 18), dates.get("storage"));
        assertEquals(LocalDate.of(2026, 4, 30), dates.get("observers-edu990001-2026-03-31"));
        assertEquals(LocalDate.of(2026, 5, 11), DeadlineCalendar.observersReportDue(SITTINGS.get(2), reference));
        Deadline recheck = calendar.deadlines().stream().filter(d -> d.key().equals("recheck")).findFirst().orElseThrow();
        assertEquals("Муниципальная перепроверка работ выборки завершается в течение 45 календарных дней со дня"
                + " завершения периода проведения ВПР (20.05.2026); результаты перепроверки доводятся до школ. Срок"
                + " пришёлся на 04.07.2026 (выходной) и перенесён на следующий рабочий день (лист «Правила»).",
                recheck.description());
    }

    @Test
    void aSundayMovesOneDayAndTheScheduleTermIsSetOnTheRulesSheet() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        // 20.05.2026 − 52 days = Sunday 29.03.2026 (21 days of May back to 29.04, 30 of April, 1 of March) → Monday 30.03.
        Reference reference = load(w.rule(RuleParameter.WEEKEND_SHIFT, null, null, 1)
                .rule(RuleParameter.SCHEDULE_DUE_DAYS, null, null, 52));
        assertEquals(LocalDate.of(2026, 3, 30), dates(DeadlineCalendar.of(reference)).get("schedules"));
        assertEquals(LocalDate.of(2026, 3, 30), DeadlineCalendar.nextWorkingDay(LocalDate.of(2026, 3, 29)));
        assertEquals(LocalDate.of(2026, 3, 27), DeadlineCalendar.nextWorkingDay(LocalDate.of(2026, 3, 27)), "a Friday stays");
    }

    @Test
    void theSchedulesDeadlineNamesTheSchoolsWithoutAScheduleAndSaysWhenAllHaveSent() {
        Reference reference = load(ReferenceWorkbook.example());
        // 20.05.2026 − 60 days: 20 days of May back to 30.04, 30 of April back to 31.03, 10 of March: Saturday 21.03.
        Deadline due = DeadlineCalendar.of(reference, SITTINGS).deadlines().stream().filter(d -> d.key().equals("schedules"))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 21), due.date());
        assertEquals("не прислали график: МБОУ «Лицей № 2 г. Энска», МБОУ «Гимназия г. Энска», МБОУ «Луговская ООШ»,"
                + " МБОУ «Берёзовская СОШ», МБОУ «Ключевская НОШ» и МБОУ «Сосновская СОШ»", due.who());
        assertEquals("Школы присылают графики проведения ВПР (даты каждой работы по классам) не позднее 60 дней до окончания"
                + " периода проведения ВПР (20.05.2026). Получено графиков: 2 из 8.", due.description());
        assertEquals("/schedule", due.link());

        List<Sitting> everyone = reference.schools().stream().map(school -> new Sitting(school.login(), LocalDate.of(2026, 4, 15),
                new Work(2026, "Математика", 4), List.of("4А"))).toList();
        Deadline all = DeadlineCalendar.of(reference, everyone).deadlines().stream().filter(d -> d.key().equals("schedules"))
                .findFirst().orElseThrow();
        assertEquals("все школы района (графики получены)", all.who());
        assertEquals("Школы присылают графики проведения ВПР (даты каждой работы по классам) не позднее 60 дней до окончания"
                + " периода проведения ВПР (20.05.2026). Получено графиков: 8 из 8. Графики прислали все школы.", all.description());
        // Wednesday 15.04.2026 + 1 month = Friday 15.05.2026: one report per school and date.
        assertEquals(8, DeadlineCalendar.of(reference, everyone).deadlines().stream()
                .filter(d -> d.key().startsWith("observers-") && d.date().equals(LocalDate.of(2026, 5, 15))).count());
        assertEquals("все школы района", DeadlineCalendar.of(reference).deadlines().stream()
                .filter(d -> d.key().equals("schedules")).findFirst().orElseThrow().who(), "no schedules known: nobody named");
    }
}
