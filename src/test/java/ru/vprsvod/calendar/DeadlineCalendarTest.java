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
        assertEquals(Map.of("period-end", LocalDate.of(2026, 5, 20), "recheck", LocalDate.of(2026, 7, 4),
                "storage", LocalDate.of(2026, 8, 18), "analysis", LocalDate.of(2026, 8, 10)), dates(calendar));
        assertEquals(List.of("period-end", "recheck", "analysis", "storage"),
                calendar.deadlines().stream().map(Deadline::key).toList(), "by date");
        assertEquals(List.of(), calendar.notes());
        Deadline recheck = calendar.deadlines().get(1);
        assertEquals("Завершение муниципальной перепроверки работ", recheck.title());
        assertEquals("Муниципальная перепроверка работ выборки завершается в течение 45 календарных дней со дня"
                + " завершения периода проведения ВПР (20.05.2026); результаты перепроверки доводятся до школ.",
                recheck.description());
        assertEquals("муниципальный Порядок проведения ВПР, п.\u00a06.5", recheck.source());
        assertEquals("муниципальный Порядок проведения ВПР, п.\u00a07.4", calendar.deadlines().get(2).source());
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
        assertEquals(5, calendar.deadlines().size(), "four computed and one added");
        assertEquals(List.of("Сроки A3: срок указан неверно: строка не учитывается (найдено «31.06.2026»; ожидалось дата вида 20.06.2026)",
                        "Сроки B4: не указано, что сделать к сроку: строка не учитывается (найдено «»; ожидалось мероприятие,"
                                + " например «Совещание с руководителями школ»)"),
                loaded.problems().stream().map(p -> p.sheet() + " " + p.cell() + ": " + p.message() + " (найдено «" + p.found()
                        + "»; ожидалось " + p.expected() + ")").toList());
    }
}
