package ru.vprsvod.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.vprsvod.testing.Xlsx.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.Work;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.testing.Xlsx;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

class ScheduleReaderTest {

    @TempDir
    Path dir;

    private Reference reference() {
        return ((ReferenceReading.Loaded) ReferenceLoader.load(ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx"))))
                .reference();
    }

    /** A schedule as a school fills it: title, login, header, rows. */
    private ScheduleReader.Reading read(String login, List<List<Object>> rows) {
        return read(login, rows, null);
    }

    /** As sent from the school folder (or by the signed-in clerk) of {@code sender}. */
    private ScheduleReader.Reading read(String login, List<List<Object>> rows, String sender) {
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(row("График проведения ВПР 2026"));
        sheet.add(row("Логин ОО", login));
        sheet.add(row());
        sheet.add(row("Дата", "Предмет", "Параллель", "Классы"));
        sheet.addAll(rows);
        Path file = new Xlsx().sheet("График", sheet).write(dir.resolve(login + "_график.xlsx"));
        WorkbookReading.Opened opened = (WorkbookReading.Opened) Workbooks.read(file);
        return ScheduleReader.find("график.xlsx", opened.workbook(), reference(), sender).orElseThrow();
    }

    private static List<String> messages(ScheduleReader.Reading reading) {
        return reading.problems().stream().map(p -> (p.isError() ? "ошибка " : "предупреждение ") + p.cell() + ": "
                + p.message() + " (найдено «" + p.found() + "»; ожидалось " + p.expected() + ")").toList();
    }

    @Test
    void aPrimarySchoolsFullScheduleGivesItsSittingsWithClassesWrittenAnyCommonWay() {
        // Ключевская НОШ teaches 1–4: of the year's works only the two of grade 4 are expected.
        ScheduleReader.Reading reading = read("edu990007", List.of(
                row("15.04.2026", "математика", 4, "4a, 4 Б"),
                row("17.04.2026", "Русский язык", 4, "4А; 4Б")));
        assertEquals(List.of(), messages(reading));
        assertEquals("edu990007", reading.school());
        assertEquals(List.of(
                new Sitting("edu990007", LocalDate.of(2026, 4, 15), new Work(2026, "Математика", 4), List.of("4А", "4Б")),
                new Sitting("edu990007", LocalDate.of(2026, 4, 17), new Work(2026, "Русский язык", 4), List.of("4А", "4Б"))),
                reading.sittings());
        assertFalse(reading.rejected());
    }

    @Test
    void everyMistakeIsNamedWithItsCellInRussian() {
        ScheduleReader.Reading reading = read("edu990007", List.of(
                row("21.05.2026", "Математика", 4, "4А"),
                row("16.04.2026", "Математика", 5, "5А"),
                row("16.04.2026", "Физика", 4, "4А"),
                row("17.04.2026", "Русский язык", 4, "4А, 5Б"),
                row("18.04.2026", "Русский язык", 4, "4В"),
                row("19.04.2026", "Русский язык", 4, "4В"),
                row("завтра", "Математика", 4, "4Б")));
        assertEquals(List.of(
                "ошибка A5: дата вне периода проведения ВПР (найдено «21.05.2026»; ожидалось дата с 01.01.2026 по"
                        + " 20.05.2026 (период проведения ВПР))",
                "ошибка C6: в школе нет 5 класса (по справочнику школа учит классы 1-4) (найдено «5»; ожидалось"
                        + " параллель, которая есть в школе)",
                "ошибка B7: работы с таким предметом и параллелью за 2026 год нет в справочнике (найдено «Физика»;"
                        + " ожидалось предмет и параллель работы, как на листе «Шкалы»)",
                "ошибка D8: класс «5Б» не 4-й параллели (найдено «4А, 5Б»; ожидалось классы через запятую: 4А, 4Б)",
                "ошибка B10: работа «Русский язык, 4 класс» в классе 4В уже есть в графике (строка 9) (найдено"
                        + " «Русский язык»; ожидалось одна дата на работу в каждом классе)",
                "ошибка A11: дата проведения не указана или записана не как дата (найдено «завтра»; ожидалось дата"
                        + " вида 15.04.2026)"),
                messages(reading));
        assertTrue(reading.rejected());
    }

    @Test
    void aMissingWorkOfTheYearIsAWarningAndAnUnknownLoginAnError() {
        ScheduleReader.Reading reading = read("edu990007", List.<List<Object>>of(row(46127, "Математика", 4, "4")));
        assertEquals(List.of("предупреждение : в графике нет работы «Русский язык, 4 класс», хотя в школе есть 4 класс"
                + " (найдено «»; ожидалось строка с датой этой работы, если школа её пишет)"), messages(reading));
        assertEquals(List.of(new Sitting("edu990007", LocalDate.of(2026, 4, 15), new Work(2026, "Математика", 4),
                List.of("4"))), reading.sittings(), "an Excel date serial is read as the date");
        assertFalse(reading.rejected());

        ScheduleReader.Reading stranger = read("edu000000", List.<List<Object>>of(row("15.04.2026", "Математика", 4, "4")));
        assertEquals(List.of("ошибка B2: школы с таким логином нет в справочнике (найдено «edu000000»; ожидалось логин"
                + " ФИС ОКО школы)"), messages(stranger));
        assertEquals(List.of(), stranger.sittings());
    }

    /** The receipt said «Найдено: «46167»» for a date cell: the serial number Excel keeps, not the date the clerk typed. */
    @Test
    void aDateOutsideThePeriodIsShownAsADateNotAsExcelsSerialNumber() {
        ScheduleReader.Reading reading = read("edu990007", List.<List<Object>>of(row(46167, "Математика", 4, "4")));
        assertEquals(List.of("ошибка A5: дата вне периода проведения ВПР (найдено «25.05.2026»; ожидалось дата с 01.01.2026 по"
                + " 20.05.2026 (период проведения ВПР))"), messages(reading));
    }

    @Test
    void theSendersSchoolMustBeTheScheduleOwnAndAnEmptyLoginCellIsTheSenders() {
        ScheduleReader.Reading other = read("edu990007", List.<List<Object>>of(row("15.04.2026", "Математика", 4, "4")), "edu990001");
        assertEquals(List.of("ошибка B2: файл прислан от имени школы МБОУ «СОШ № 1 г. Энска» (edu990001), а в графике указана"
                + " другая школа (найдено «edu990007»; ожидалось edu990001)"), messages(other));
        assertEquals("edu990001", other.school(), "refused, and answered to the sender");
        assertEquals(List.of(), other.sittings());

        ScheduleReader.Reading unnamed = read("", List.of(row("15.04.2026", "Математика", 4, "4"),
                row("16.04.2026", "Русский язык", 4, "4")), "07");
        assertEquals(List.of(), messages(unnamed));
        assertEquals("edu990007", unnamed.school(), "the school folder named by the school's code");
        assertEquals(2, unnamed.sittings().size());
    }

    @Test
    void aScheduleWithoutAnyDatedRowIsRefused() {
        ScheduleReader.Reading empty = read("edu990007", List.of());
        assertEquals(List.of("ошибка : в графике нет ни одной работы с датой (найдено «»; ожидалось по строке на каждую работу:"
                + " дата, предмет, параллель и классы)"), messages(empty));
        assertTrue(empty.rejected());
    }
}
