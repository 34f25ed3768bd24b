package ru.vprsvod.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.vprsvod.testing.Xlsx.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.workbook.Problem;

/** The «Правила» and «Федеральный список» sheets of the reference. */
class RulesSheetTest {

    @TempDir
    Path dir;

    private ReferenceReading load(ReferenceWorkbook workbook) {
        return ReferenceLoader.load(workbook.write(dir.resolve("справочник.xlsx")));
    }

    private static List<String> described(ReferenceReading reading) {
        return reading.problems().stream().map(Problem::describe).toList();
    }

    private static ReferenceWorkbook withoutRules() {
        ReferenceWorkbook r = ReferenceWorkbook.example();
        r.rules.clear();
        return r;
    }

    @Test
    void withoutTheSheetEveryParameterHasItsDocumentedDefault() {
        Reference r = assertInstanceOf(ReferenceReading.Loaded.class, load(ReferenceWorkbook.example().without("Правила"))).reference();
        Setting a = r.rules().get(RuleParameter.A_NOT_CONFIRMED);
        assertEquals(new BigDecimal("50"), a.number());
        assertTrue(a.byDefault());
        assertEquals("(по умолчанию; муниципальный Порядок проведения ВПР, п.\u00a06.3)", a.origin());
        assertEquals(List.of("A", "E", "F"), r.rules().list(RuleParameter.RISK_RULES));
        assertFalse(r.rules().anySet());
    }

    @Test
    void aRowForOneWorkWinsOverTheGeneralOne() {
        ReferenceWorkbook w = withoutRules();
        w.rules.add(row("B", "доля «5», больше", null, null, 40, "региональная практика"));
        w.rules.add(row("В", "Доля «5»,  больше", "математика", 4, "55 %", "собственное"));
        w.rules.add(row("B", "доля «5», больше", null, 5, 30, "собственное"));
        Reference r = assertInstanceOf(ReferenceReading.Loaded.class, load(w), described(load(w)).toString()).reference();
        assertEquals(new BigDecimal("55"), r.rules().get(RuleParameter.B_MAX_FIVE, "Математика", 4).number());
        assertEquals(new BigDecimal("40"), r.rules().get(RuleParameter.B_MAX_FIVE, "Русский язык", 4).number());
        assertEquals(new BigDecimal("30"), r.rules().get(RuleParameter.B_MAX_FIVE, "Математика", 5).number());
        assertEquals("региональная практика", r.rules().get(RuleParameter.B_MAX_FIVE).source());
        assertEquals("Правила!E3", r.rules().get(RuleParameter.B_MAX_FIVE, "Математика", 4).cell());
    }

    @Test
    void unusableValuesAreErrorsAndUnknownRowsWarnings() {
        ReferenceWorkbook w = withoutRules();
        w.rules.add(row("A", "доля не подтвердивших отметку по журналу, больше", null, null, "половина", ""));
        w.rules.add(row("A", "что-то своё", null, null, 1, ""));
        w.rules.add(row("Общие", "минимум участников для признаков распределения", "Математика", null, 20, ""));
        w.rules.add(row("Группа риска", "включать при признаках", null, null, "A; Я", ""));
        w.rules.add(row("A", "доля не подтвердивших отметку по журналу, больше", null, 4, 0.5, ""));
        ReferenceReading reading = load(w);
        assertInstanceOf(ReferenceReading.Invalid.class, reading);
        assertEquals(List.of(
                "Лист «Правила», ячейка E2: значение параметра «доля не подтвердивших отметку по журналу, больше» не подходит."
                        + " Найдено: «половина». Ожидается: число от 0 до 100 (проценты), например 50.",
                "Лист «Правила», ячейка B3: параметр не известен программе и не учитывается. Найдено: «что-то своё»."
                        + " Ожидается: один из параметров, перечисленных в README (например «доля не подтвердивших отметку по"
                        + " журналу, больше»).",
                "Лист «Правила», ячейка C4: параметр «минимум участников для признаков распределения» задаётся для всех"
                        + " работ сразу. Найдено: «Математика». Ожидается: пустая ячейка.",
                "Лист «Правила», ячейка E5: «Я» — не буква признака. Найдено: «A; Я». Ожидается: буквы признаков A–F через"
                        + " точку с запятой, например «A; E; F».",
                "Лист «Правила», ячейка E6: значение понято как 0,5 %; если в ячейке формат «Процентный» и имелось в виду"
                        + " 50 %, введите это число в ячейку с обычным форматом. Найдено: «0,5». Ожидается: число процентов,"
                        + " например 50."), described(reading));
    }

    /** A reference made for the version before rule E compared mean scores: its E rows are told apart, not unknown. */
    @Test
    void theRetiredThresholdsOfRuleEAreIgnoredAndAChangedOneIsExplained() {
        ReferenceWorkbook w = withoutRules();
        w.rules.add(row("E", "изменение качества относительно района, не менее п. п.", null, null, 30, "собственное"));
        w.rules.add(row("E", "изменение доли «2» относительно района, не менее п. п.", null, null, 20, "собственное"));
        w.rules.add(row("E", "изменение больше стандартной ошибки разности, не менее раз", null, null, "4,5", "собственное"));
        ReferenceReading unchanged = load(w);
        assertEquals(List.of(), described(unchanged), "the old defaults say nothing the coordinator chose");
        w.rules.add(row("E", "изменение качества относительно района, не менее п. п.", "Математика", 4, 25, "собственное"));
        ReferenceReading changed = load(w);
        assertInstanceOf(ReferenceReading.Loaded.class, changed);
        assertEquals(List.of("Лист «Правила», ячейка B5: параметр больше не используется: признак E сравнивает теперь средний"
                + " балл школы относительно района (в стандартных отклонениях) с обычным разбросом изменений школ района,"
                + " пороги в процентных пунктах не применяются; значение не учитывается. Найдено: «изменение качества"
                + " относительно района, не менее п. п.». Ожидается: строку можно удалить."), described(changed));
    }

    @Test
    void theLettersOfTheRecheckRecommendationAreChecked() {
        ReferenceWorkbook w = withoutRules();
        w.rules.add(row("Перепроверка", "рекомендовать включить школы с признаками", null, null, "с, в", ""));
        Reference r = assertInstanceOf(ReferenceReading.Loaded.class, load(w), described(load(w)).toString()).reference();
        assertEquals(List.of("C", "B"), r.rules().list(RuleParameter.RECHECK_RECOMMEND), "Cyrillic look-alikes mean the letters");
        assertEquals(List.of("B", "C", "D"), Rules.defaults().list(RuleParameter.RECHECK_RECOMMEND));
        w.rules.add(row("Перепроверка", "рекомендовать включить школы с признаками", null, null, "C; Z", ""));
        assertInstanceOf(ReferenceReading.Invalid.class, load(w));
    }

    @Test
    void theFederalListSheetGivesSchoolsWithTheirMarkers() {
        ReferenceWorkbook w = ReferenceWorkbook.example();
        w.federal(2025, "edu990006", "МБОУ «Берёзовская СОШ»", 1, null, null, 1);
        w.federal(2025, "edu990004", "МБОУ «Заречная СОШ»", null, null, null, null);
        Reference r = assertInstanceOf(ReferenceReading.Loaded.class, load(w)).reference();
        assertEquals(1, r.federalList().entries().size(), "a row without markers is not on the list");
        FederalList.Listed listed = r.federalList().of(2025, "EDU990006").get(0);
        assertEquals(List.of("Русский язык, 4 класс", "Математика, 5 класс"), listed.markers());
        assertEquals(2, listed.markerCount());
        assertEquals("справочник, лист «Федеральный список», строка 2", listed.origin());
    }
}
