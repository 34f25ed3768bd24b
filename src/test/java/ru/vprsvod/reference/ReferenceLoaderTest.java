package ru.vprsvod.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.workbook.Problem;

class ReferenceLoaderTest {

    @TempDir
    Path dir;

    private ReferenceReading load(ReferenceWorkbook workbook) {
        return ReferenceLoader.load(workbook.write(dir.resolve("справочник.xlsx")));
    }

    private static List<String> described(ReferenceReading reading) {
        return reading.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void theShippedExampleLoadsWithoutProblems() {
        ReferenceReading reading = ReferenceLoader.load(Path.of("templates", "справочник.xlsx"));
        ReferenceReading.Loaded loaded = assertInstanceOf(ReferenceReading.Loaded.class, reading, described(reading).toString());
        assertEquals(List.of(), described(reading));
        assertEquals(8, loaded.reference().schools().size());
        assertEquals(2026, loaded.reference().campaignYear());
        assertEquals(12, loaded.reference().experts().size(), "the example bank of experts");
    }

    @Test
    void readsSchoolsScalesTasksAndRequisites() {
        ReferenceReading.Loaded loaded = assertInstanceOf(ReferenceReading.Loaded.class, load(ReferenceWorkbook.example()));
        Reference r = loaded.reference();
        assertEquals("МБОУ «Лицей № 2 г. Энска»", r.school("EDU990002").orElseThrow().name());
        assertEquals("edu990002", r.school("02").orElseThrow().login(), "the department's code finds the school");
        WorkSpec math4 = r.spec(new Work(2026, "Математика", 4)).orElseThrow();
        assertEquals(new Scale(20, 6, 10, 15), math4.scale());
        assertEquals(15, math4.tasks().size());
        assertEquals(Level.HIGH, math4.task("12").orElseThrow().level());
        assertEquals("г. Энск", r.requisites().place());
        assertEquals(java.time.LocalDate.of(2026, 5, 20), r.requisites().periodEnd());
        assertEquals(false, r.school("edu990007").orElseThrow().grades().contains(5), "НОШ teaches grades 1-4");
    }

    @Test
    void readsTheDatesNumbersAndSignersOfDocuments() {
        ReferenceWorkbook workbook = ReferenceWorkbook.example();
        workbook.document("приказ об утверждении дорожной карты", null, "01.09.2026", "128/1-о", "Глава района", "А.В. Тимков", null);
        workbook.document("Протокол педсовета", 2026, null, "1", null, null, null);
        workbook.document("Приказ о перепроверке", 2026, "31.02.2026", "7", null, null, null);
        ReferenceReading reading = load(workbook);
        Reference r = assertInstanceOf(ReferenceReading.Loaded.class, reading).reference();
        Registration directive = r.registrations().of(DocumentKind.VPR_DIRECTIVE, 2026);
        assertEquals(java.time.LocalDate.of(2026, 2, 16), directive.date());
        assertEquals("45-р", directive.number());
        assertEquals("заместителя начальника управления образования О.И. Смирнову", directive.control());
        assertEquals("Документы!A2", directive.cell());
        Registration roadMap = r.registrations().of(DocumentKind.ROAD_MAP_ORDER, 2026);
        assertEquals("128/1-о", roadMap.number(), "a later row for the same document wins; the year defaults to the campaign's");
        assertEquals("А.В. Тимков", roadMap.signerName());
        Registration recheck = r.registrations().of(DocumentKind.RECHECK_ORDER, 2026);
        assertEquals(null, recheck.date(), "a wrong date leaves the blank");
        assertEquals("7", recheck.number());
        assertEquals(Registration.blank(DocumentKind.ANALYTICAL_REPORT, 2025), r.registrations().of(DocumentKind.ANALYTICAL_REPORT, 2025));
        assertEquals(List.of("Лист «Документы», ячейка A11: неизвестный документ «Протокол педсовета»: строка не учитывается."
                        + " Найдено: «Протокол педсовета». Ожидается: «Распоряжение о проведении ВПР», «Приказ о дорожной карте»,"
                        + " «План по объективности», «Приказ о перепроверке», «Аналитическая справка», «Распоряжение о предметных комиссиях», «Приказ о перекрёстной проверке», «Приказ о наблюдателях».",
                "Лист «Документы», ячейка C12: дата указана неверно: в документе останется пустое место для даты."
                        + " Найдено: «31.02.2026». Ожидается: дата вида 19.03.2026."), described(reading));
    }

    @Test
    void missingSheetIsReported() {
        ReferenceReading reading = load(ReferenceWorkbook.example().without("Школы"));
        assertInstanceOf(ReferenceReading.Invalid.class, reading);
        assertEquals(List.of("Файл: в справочнике нет листа «Школы». Ожидается: лист с названием «Школы»."), described(reading));
    }

    @Test
    void duplicateSchoolLoginIsReportedWithBothCells() {
        ReferenceWorkbook workbook = ReferenceWorkbook.example();
        workbook.school("edu990003", "33", "Другая школа", "", "СОШ", "А.А. Иванов", "", "1-11");
        ReferenceReading reading = load(workbook);
        assertInstanceOf(ReferenceReading.Invalid.class, reading);
        assertEquals(List.of("Лист «Школы», ячейка A10: логин школы повторяется (впервые указан в ячейке A4)."
                + " Найдено: «edu990003». Ожидается: у каждой школы свой логин."), described(reading));
    }

    @Test
    void scaleWhereThreeIsNotBelowFourIsReported() {
        ReferenceWorkbook workbook = ReferenceWorkbook.example();
        workbook.scales.add(row(2026, "История", 5, 15, 9, 9, 12, ""));
        ReferenceReading reading = load(workbook);
        assertInstanceOf(ReferenceReading.Invalid.class, reading);
        assertEquals(List.of("Лист «Шкалы», ячейка E8: балл на «3» должен быть меньше балла на «4» (9). Найдено: «9»."
                + " Ожидается: число меньше 9."), described(reading));
    }

    @Test
    void tasksThatDoNotAddUpToTheMaximumAreReported() {
        ReferenceWorkbook workbook = ReferenceWorkbook.example();
        workbook.tasks.remove(0);
        ReferenceReading reading = load(workbook);
        assertEquals(List.of("Лист «Задания»: сумма максимальных баллов заданий работы «Русский язык, 4 класс, 2026» (22)"
                + " не равна максимальному баллу на листе «Шкалы» (24). Найдено: «22». Ожидается: 24."), described(reading));
    }

    @Test
    void missingRequiredRequisiteIsReported() {
        ReferenceWorkbook workbook = ReferenceWorkbook.example();
        workbook.requisites.removeIf(r -> r.get(0).equals("Руководитель"));
        ReferenceReading reading = load(workbook);
        assertInstanceOf(ReferenceReading.Invalid.class, reading);
        assertEquals(List.of("Лист «Реквизиты»: не заполнен реквизит «Руководитель». Ожидается: строка «Руководитель» со"
                + " значением."), described(reading));
    }

    /**
     * The optional «Муниципальное образование» left blank once printed «муниципального образования «»» five times in the
     * directive: the reference check now warns about every blank requisite the shipped templates print, saying what the
     * documents put in its place; the reference is still used.
     */
    @Test
    void aBlankRequisiteTheDocumentsPrintIsAWarningThatSaysWhatStandsInItsPlace() {
        ReferenceWorkbook workbook = ReferenceWorkbook.example();
        workbook.requisites.removeIf(r -> r.get(0).equals("Муниципальное образование") || r.get(0).equals("Исполнитель"));
        workbook.requisite("Исполнитель", " ");
        ReferenceReading reading = load(workbook);
        assertInstanceOf(ReferenceReading.Loaded.class, reading);
        assertEquals(List.of("Лист «Реквизиты»: не заполнен реквизит «Муниципальное образование»: в заголовках документов («… в"
                        + " общеобразовательных организациях муниципального образования «…»») район будет назван по наименованию"
                        + " органа — словами после «Администрации». Ожидается: строка «Муниципальное образование» со значением.",
                "Лист «Реквизиты», ячейка B15: не заполнен реквизит «Исполнитель»: в документах не будет отметки об исполнителе."
                        + " Найдено: пусто. Ожидается: строка «Исполнитель» со значением."), described(reading));
    }

    @Test
    void gradeListsAreParsed() {
        assertEquals(true, GradeSet.parse("4-8, 10").orElseThrow().contains(10));
        assertEquals(false, GradeSet.parse("4-8, 10").orElseThrow().contains(9));
        assertEquals(true, GradeSet.parse("1–4").orElseThrow().contains(4));
        assertEquals(true, GradeSet.parse("5-3").isEmpty());
    }
}
