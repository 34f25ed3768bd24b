package ru.vprsvod.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.workbook.Problem;

/** The «Наблюдатели» sheet of the reference, read from real workbooks: what it gives and the exact messages of bad rows. */
class ObserversSheetTest {

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
    void severalSchoolsAndChildrenByLoginCodeOrNameWithClassesInAnySpelling() {
        ReferenceReading.Loaded loaded = load(ReferenceWorkbook.example()
                .observer("Гусев  Максим Олегович", "МБОУ «Заречная СОШ», учитель", "8 900 111-22-04", "EDU990004; 02",
                        "edu990004 5б; МБОУ «Гимназия г. Энска» 7 A;01, 4")
                .observer("Белоусов Игорь Викторович", null, null, "нет", null));
        assertEquals(List.of(), described(loaded));
        assertEquals(List.of(
                new ObserverEntry("Гусев Максим Олегович", "МБОУ «Заречная СОШ», учитель", "8 900 111-22-04",
                        List.of("edu990004", "edu990002"), List.of(new ObserverEntry.Child("edu990004", "5Б"),
                        new ObserverEntry.Child("edu990003", "7А"), new ObserverEntry.Child("edu990001", "4")),
                        "лист «Наблюдатели», строка 2"),
                new ObserverEntry("Белоусов Игорь Викторович", "", "", List.of(), List.of(), "лист «Наблюдатели», строка 3")),
                loaded.reference().observers());
        assertEquals(4, loaded.reference().observers().get(0).children().get(2).grade());
    }

    @Test
    void badRowsAreLeftOutWholeWithTheirCellAndTheResultsStillCount() {
        ReferenceReading.Loaded loaded = load(ReferenceWorkbook.example()
                .observer("Афанасьева Галина Петровна", null, null, null, "edu990001 4А")
                .observer("афанасьева  галина петровна", null, null, null, null)
                .observer(null, "пенсионер", "8 900 111-22-03", null, null)
                .observer("Гусев Максим Олегович", null, null, "edu990004; edu990099", null)
                .observer("Демидова Ксения Сергеевна", null, null, null, "edu990002 5А; СОШ № 9 4Б")
                .observer("Ершова Надежда Ивановна", null, null, null, "edu990002 пятый")
                .observer("Жданов Роман Алексеевич", null, null, null, "edu990007 8А")
                .observer("Зимина Ольга Николаевна", null, null, null, "edu990003"));
        assertEquals(List.of(
                "Лист «Наблюдатели», ячейка A3: наблюдатель уже указан в строке 2: наблюдатель не учитывается. Найдено:"
                        + " «афанасьева  галина петровна». Ожидается: одна строка на наблюдателя; несколько школ или детей —"
                        + " через «;» в одной строке.",
                "Лист «Наблюдатели», ячейка A4: не указаны фамилия, имя, отчество наблюдателя: наблюдатель не учитывается."
                        + " Найдено: пусто. Ожидается: ФИО, например «Иванова Мария Петровна».",
                "Лист «Наблюдатели», ячейка D5: школы «edu990099» нет на листе «Школы»: наблюдатель не учитывается, пока не"
                        + " ясно, где он работает. Найдено: «edu990004; edu990099». Ожидается: логин ФИС ОКО, код или краткое"
                        + " наименование школы с листа «Школы»; несколько — через «;».",
                "Лист «Наблюдатели», ячейка E6: школы «СОШ № 9» нет на листе «Школы»: наблюдатель не учитывается, пока не"
                        + " ясно, где учится его ребёнок. Найдено: «edu990002 5А; СОШ № 9 4Б». Ожидается: школа и класс через"
                        + " пробел: «edu990001 5А»; несколько — через «;».",
                "Лист «Наблюдатели», ячейка E7: класс «пятый» в записи «edu990002 пятый» не прочитан: наблюдатель не"
                        + " учитывается, пока не ясно, где учится его ребёнок. Найдено: «edu990002 пятый». Ожидается: школа и"
                        + " класс через пробел: «edu990001 5А»; несколько — через «;».",
                "Лист «Наблюдатели», ячейка E8: в школе МБОУ «Ключевская НОШ» нет 8 класса (по справочнику школа учит классы"
                        + " 1-4): наблюдатель не учитывается, пока не ясно, где учится его ребёнок. Найдено: «edu990007 8А»."
                        + " Ожидается: школа и класс через пробел: «edu990001 5А»; несколько — через «;».",
                "Лист «Наблюдатели», ячейка E9: у «edu990003» не указан класс ребёнка: наблюдатель не учитывается, пока не"
                        + " ясно, где учится его ребёнок. Найдено: «edu990003». Ожидается: школа и класс через пробел:"
                        + " «edu990001 5А»; несколько — через «;»."), described(loaded));
        assertEquals(List.of("Афанасьева Галина Петровна"), loaded.reference().observers().stream().map(ObserverEntry::name).toList());
        assertEquals(true, loaded.problems().stream().noneMatch(Problem::isError), "warnings: the results still count");
    }

    @Test
    void aSheetWithoutTheNameColumnIsLeftOutWithAWarning() {
        ReferenceWorkbook r = ReferenceWorkbook.example().observer("Белоусов Игорь Викторович", null, "8 900", null, null);
        r.observersHeader.set(0, "Кто");
        ReferenceReading.Loaded loaded = load(r);
        assertEquals(1, loaded.problems().size(), described(loaded).toString());
        assertEquals(true, described(loaded).get(0).contains("лист «Наблюдатели» не учитывается"), described(loaded).toString());
        assertEquals(List.of(), loaded.reference().observers());
    }

    @Test
    void theShippedReferenceHasAnExampleBankOfObserversWithoutWarnings() {
        ReferenceReading reading = ReferenceLoader.load(Path.of("templates", "справочник.xlsx"));
        ReferenceReading.Loaded loaded = assertInstanceOf(ReferenceReading.Loaded.class, reading);
        assertEquals(List.of(), described(loaded));
        assertEquals(8, loaded.reference().observers().size());
    }
}
