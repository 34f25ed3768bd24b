package ru.vprsvod.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.commission.ExpertBank;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.workbook.Problem;

/** The «Эксперты» sheet of the reference, read from real workbooks: what it gives and the exact messages of bad rows. */
class ExpertsSheetTest {

    @TempDir
    Path dir;

    private ReferenceReading.Loaded load(ReferenceWorkbook r) {
        ReferenceReading reading = ReferenceLoader.load(r.write(dir.resolve("справочник.xlsx")));
        return assertInstanceOf(ReferenceReading.Loaded.class, reading, reading.problems().toString());
    }

    private static List<String> described(ReferenceReading reading) {
        return reading.problems().stream().map(Problem::describe).toList();
    }

    @Test
    void schoolsByLoginCodeOrNameSubjectsInAnySpellingAndTheRmoHead() {
        ReferenceReading.Loaded loaded = load(ReferenceWorkbook.example()
                .expert("Алексеева  Ирина Викторовна", "EDU990001", "математика; русский", "Да", 18, "Математика")
                .expert("Васильева Ольга Сергеевна", "02", "Русский язык", "нет", 12, null)
                .expert("Дмитриева Наталья Ивановна", "МБОУ «Гимназия г. Энска»", "Русский язык", "да", 7, "—"));
        assertEquals(List.of(), described(loaded));
        assertEquals(List.of(
                new Expert("Алексеева Ирина Викторовна", "edu990001", List.of("Математика", "Русский язык"), true, 18,
                        "Математика", "лист «Эксперты», строка 2"),
                new Expert("Васильева Ольга Сергеевна", "edu990002", List.of("Русский язык"), false, 12, "",
                        "лист «Эксперты», строка 3"),
                new Expert("Дмитриева Наталья Ивановна", "edu990003", List.of("Русский язык"), true, 7, "",
                        "лист «Эксперты», строка 4")), loaded.reference().experts());
    }

    @Test
    void badRowsAreLeftOutWithTheirCellAndTheResultsStillCount() {
        ReferenceReading.Loaded loaded = load(ReferenceWorkbook.example()
                .expert("Алексеева Ирина Викторовна", "edu990001", "Математика", "да", 18, null)
                .expert("Борисов Андрей Николаевич", "edu990099", "Математика", "да", 9, null)
                .expert("алексеева ирина викторовна", "edu990002", "Математика", "да", 3, null)
                .expert("Григорьева Елена Павловна", "edu990002", "Математика", "высшее педагогическое", 25, null)
                .expert("Егорова Светлана Юрьевна", "edu990003", "Математика", "да", "много", null)
                .expert("Жукова Марина Олеговна", "edu990004", "Математика, Астрономия", "да", 20, "Химия")
                .expert(null, "edu990004", "Математика", "да", 5, null));
        assertEquals(List.of(
                "Лист «Эксперты», ячейка B3: школы нет на листе «Школы»: эксперт не учитывается. Найдено: «edu990099»."
                        + " Ожидается: логин ФИС ОКО, код или краткое наименование школы с листа «Школы».",
                "Лист «Эксперты», ячейка A4: эксперт уже указан в строке 2: эксперт не учитывается. Найдено: «алексеева"
                        + " ирина викторовна». Ожидается: одна строка на эксперта, предметы через запятую.",
                "Лист «Эксперты», ячейка D5: не понятно, есть ли у эксперта высшее образование: эксперт не учитывается."
                        + " Найдено: «высшее педагогическое». Ожидается: «да» или «нет».",
                "Лист «Эксперты», ячейка E6: стаж педагогической работы указан неверно: эксперт не учитывается."
                        + " Найдено: «много». Ожидается: целое число лет от 0 до 70.",
                "Лист «Эксперты», ячейка C7: предмета «Астрономия» нет на листе «Шкалы»: предмет не учитывается."
                        + " Найдено: «Математика, Астрономия». Ожидается: предметы через запятую, как на листе «Шкалы».",
                "Лист «Эксперты», ячейка F7: предмета нет на листе «Шкалы»: эксперт не будет председателем комиссии."
                        + " Найдено: «Химия». Ожидается: предмет, РМО которого возглавляет эксперт, или пусто.",
                "Лист «Эксперты», ячейка A8: не указаны фамилия, имя, отчество эксперта: эксперт не учитывается."
                        + " Найдено: пусто. Ожидается: ФИО, например «Иванова Мария Петровна»."), described(loaded));
        assertEquals(List.of("Алексеева Ирина Викторовна", "Жукова Марина Олеговна"),
                loaded.reference().experts().stream().map(Expert::name).toList());
        assertEquals(List.of("Математика"), loaded.reference().experts().get(1).subjects());
    }

    @Test
    void classesTaughtAtOtherSchoolsAreReadInAnySpellingAndABadPartIsSaid() {
        ReferenceReading.Loaded loaded = load(ReferenceWorkbook.example()
                .expert("Алексеева Ирина Викторовна", "edu990001", "Математика", "да", 18, null,
                        "edu990004: 4а, 4-Б; МБОУ «Лицей № 2 г. Энска»: 5 B")
                .expert("Васильева Ольга Сергеевна", "edu990002", "Математика", "да", 12, null,
                        "4А; edu990099: 5А; edu990003: пятый, 5В")
                .expert("Дмитриева Наталья Ивановна", "edu990003", "Математика", "да", 7, null, "нет"));
        assertEquals(List.of(
                "Лист «Эксперты», ячейка G3: не понятно, в какой школе эксперт преподаёт «4А»: эти классы не учитываются."
                        + " Найдено: «4А; edu990099: 5А; edu990003: пятый, 5В». Ожидается: школа, двоеточие и классы, школы"
                        + " через точку с запятой: «edu990003: 7А, 7Б; Лицей № 2: 5В».",
                "Лист «Эксперты», ячейка G3: школы «edu990099» нет на листе «Школы»: эти классы не учитываются."
                        + " Найдено: «4А; edu990099: 5А; edu990003: пятый, 5В». Ожидается: школа, двоеточие и классы, школы"
                        + " через точку с запятой: «edu990003: 7А, 7Б; Лицей № 2: 5В».",
                "Лист «Эксперты», ячейка G3: класс «пятый» указан непонятно: не учитывается."
                        + " Найдено: «4А; edu990099: 5А; edu990003: пятый, 5В». Ожидается: класс, например «7А»."),
                described(loaded));
        List<Expert> experts = loaded.reference().experts();
        assertEquals(List.of(new Expert.TaughtClass("edu990004", "4А"), new Expert.TaughtClass("edu990004", "4Б"),
                new Expert.TaughtClass("edu990002", "5В")), experts.get(0).alsoTeaches());
        assertEquals(List.of(new Expert.TaughtClass("edu990003", "5В")), experts.get(1).alsoTeaches());
        assertEquals(List.of(), experts.get(2).alsoTeaches());
        Expert first = experts.get(0);
        assertEquals(true, first.teachesClass("edu990004", "4a"), "a Latin a is the Cyrillic а");
        assertEquals(false, first.teachesClass("edu990004", "4В"));
        assertEquals(true, first.teachesClass("edu990001", "9Б"), "at their own school every class is theirs");
    }

    @Test
    void aSheetWithoutARequiredColumnIsLeftOutWithAWarning() {
        ReferenceWorkbook r = ReferenceWorkbook.example();
        r.expert("Алексеева Ирина Викторовна", "edu990001", "Математика", "да", 18, null);
        r.experts.replaceAll(row -> row.subList(0, 4)); // no «Стаж (лет)»
        r.expertsHeader.remove("Стаж (лет)");
        r.expertsHeader.remove("Руководитель РМО по предмету");
        ReferenceReading.Loaded loaded = load(r);
        assertEquals(List.of("Лист «Эксперты»: нет обязательного столбца «Стаж (лет)» (заголовки ищутся в строке 1) — лист"
                + " «Эксперты» не учитывается. Ожидается: столбец с заголовком «Стаж (лет)»."), described(loaded));
        assertEquals(List.of(), loaded.reference().experts());
    }

    /** The bank's refusals say where the expert is written and why, with the rule's source. */
    @Test
    void anExpertWhoDoesNotQualifyIsRefusedWithTheRowAndTheRule() {
        ReferenceReading.Loaded loaded = load(ReferenceWorkbook.example()
                .expert("Ильина Татьяна Геннадьевна", "edu990005", "Математика", "нет", 30, null)
                .expert("Кузнецова Анна Дмитриевна", "edu990006", "Русский язык", "да", 2, null));
        List<String> refusals = ExpertBank.of(loaded.reference()).refusals().stream().map(ExpertBank.Refusal::message).toList();
        assertEquals(2, refusals.size());
        assertEquals(true, refusals.get(0).startsWith("лист «Эксперты», строка 2: Ильина Татьяна Геннадьевна не может входить"
                + " в предметную комиссию — нет высшего образования ("), refusals.get(0));
        assertEquals(true, refusals.get(1).startsWith("лист «Эксперты», строка 3: Кузнецова Анна Дмитриевна не может входить"
                + " в предметную комиссию — стаж педагогической работы 2 года, требуется не менее 3 лет ("), refusals.get(1));
    }
}
