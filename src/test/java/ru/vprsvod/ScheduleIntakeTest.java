package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StoredSchedule;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.reference.Work;
import ru.vprsvod.schedule.Sitting;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.FilledSchedule;
import ru.vprsvod.testing.MutableClock;

/**
 * A school's «График проведения ВПР» through the real inbox: recognised by its sheet, checked, answered with a
 * receipt in the school's folder, stored; a later accepted one supersedes it, a rejected one leaves it in force.
 */
class ScheduleIntakeTest {

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.spring2026();

    private Department department() {
        return new Department(dir);
    }

    private void process(Department d) throws IOException {
        assertEquals(0, Main.run(d.processArguments(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                clock));
    }

    private Reference reference(Department d) {
        return ((ReferenceReading.Loaded) ReferenceLoader.load(d.reference)).reference();
    }

    private static String receipt(Department d, String path) throws IOException {
        // Receipts open in Notepad: a byte-order mark first, CRLF line ends.
        return Files.readString(d.outbox.resolve(path), StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
    }

    private FilledSchedule primary(Reference reference) {
        // Ключевская НОШ teaches 1–4: its works are the two of grade 4.
        return new FilledSchedule(reference, "edu990007")
                .line(LocalDate.of(2026, 4, 15), "Математика", 4, "4А, 4Б")
                .line(LocalDate.of(2026, 4, 17), "Русский язык", 4, "4А, 4Б");
    }

    @Test
    void aScheduleIsAcceptedSupersededByTheNextAndKeptInForceWhenAResendIsRejected() throws Exception {
        Department d = department();
        Reference reference = reference(d);
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        String name = "edu990007_График_ВПР_2026.xlsx";
        primary(reference).write(d.inbox.resolve("edu990007").resolve(name), temporary);
        process(d);
        assertEquals("""
                ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № 1
                Управление образования Администрации Энского муниципального района

                Файл:      edu990007_График_ВПР_2026.xlsx
                Получен:   21.05.2026 10:00 через общую папку
                Школа:     МБОУ «Ключевская НОШ» (edu990007)
                Вид:       график проведения ВПР 2026
                Результат: ПРИНЯТ

                Принятый график: 2 строки, даты с 15.04.2026 по 17.04.2026:
                  • 15.04.2026 — Математика, 4 класс: 4А, 4Б
                  • 17.04.2026 — Русский язык, 4 класс: 4А, 4Б

                Замечаний нет.

                Подлинник файла сохранён без изменений в архиве управления образования.
                """, receipt(d, "edu990007/Протокол № 1 — " + name + ".txt"));

        clock.advance(Duration.ofHours(2));
        byte[] second = primary(reference).line(LocalDate.of(2026, 4, 20), "Математика", 4, "4В").bytes(temporary);
        Files.write(d.inbox.resolve("edu990007").resolve(name), second);
        process(d);
        assertEquals("""
                ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № 2
                Управление образования Администрации Энского муниципального района

                Файл:      edu990007_График_ВПР_2026.xlsx
                Получен:   21.05.2026 12:00 через общую папку
                Школа:     МБОУ «Ключевская НОШ» (edu990007)
                Вид:       график проведения ВПР 2026
                Результат: ПРИНЯТ

                Принятый график: 3 строки, даты с 15.04.2026 по 20.04.2026:
                  • 15.04.2026 — Математика, 4 класс: 4А, 4Б
                  • 17.04.2026 — Русский язык, 4 класс: 4А, 4Б
                  • 20.04.2026 — Математика, 4 класс: 4В
                  Заменяет график из файла «edu990007_График_ВПР_2026.xlsx», принятого 21.05.2026 10:00 (протокол № 1); прежний файл сохранён в архиве.

                Замечаний нет.

                Подлинник файла сохранён без изменений в архиве управления образования.
                """, receipt(d, "edu990007/Протокол № 2 — " + name + ".txt"));

        clock.advance(Duration.ofHours(1));
        byte[] broken = primary(reference).line(LocalDate.of(2026, 5, 25), "Математика", 4, "4В").bytes(temporary);
        Files.write(d.inbox.resolve("edu990007").resolve(name), broken);
        process(d);
        assertEquals("""
                ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № 3
                Управление образования Администрации Энского муниципального района

                Файл:      edu990007_График_ВПР_2026.xlsx
                Получен:   21.05.2026 13:00 через общую папку
                Школа:     МБОУ «Ключевская НОШ» (edu990007)
                Вид:       график проведения ВПР 2026
                Результат: ОТКЛОНЁН

                Ошибка (1) — файл не принят. Исправьте её и отправьте файл заново:
                   1. Лист «График», ячейка A8: дата вне периода проведения ВПР. Найдено: «25.05.2026». Ожидается: дата с 01.01.2026 по 20.05.2026 (период проведения ВПР).

                В силе остаётся график, принятый 21.05.2026 12:00 из файла «edu990007_График_ВПР_2026.xlsx» (протокол № 2): его даты действуют, пока исправленный файл не будет принят.

                Подлинник файла сохранён без изменений в архиве управления образования.
                """, receipt(d, "edu990007/Протокол № 3 — " + name + ".txt"));

        // The same bytes as the schedule in force: counted once.
        clock.advance(Duration.ofHours(1));
        Files.write(d.inbox.resolve("edu990007").resolve(name), second);
        process(d);

        try (ResultsStore store = ResultsStore.open(d.data.resolve("vpr-svod.db"))) {
            List<StoredSchedule> inForce = store.schedules(2026);
            assertEquals(1, inForce.size());
            assertEquals(2, inForce.get(0).fileId());
            assertEquals(List.of(
                    new Sitting("edu990007", LocalDate.of(2026, 4, 15), new Work(2026, "Математика", 4), List.of("4А", "4Б")),
                    new Sitting("edu990007", LocalDate.of(2026, 4, 17), new Work(2026, "Русский язык", 4), List.of("4А", "4Б")),
                    new Sitting("edu990007", LocalDate.of(2026, 4, 20), new Work(2026, "Математика", 4), List.of("4В"))),
                    inForce.get(0).sittings());
            assertEquals(List.of("1 accepted", "2 accepted in force", "3 rejected"), store.scheduleHistory("edu990007", 2026)
                    .stream().map(s -> s.fileId() + (s.accepted() ? " accepted" : " rejected") + (s.inForce() ? " in force" : ""))
                    .toList());
            ReceivedFile repeat = store.file(4).orElseThrow();
            assertEquals(Status.DUPLICATE, repeat.status());
            assertEquals(2L, repeat.duplicateOf());
            // Every original archived as it came, the rejected one too.
            assertEquals(Department.sha256(broken), store.file(3).orElseThrow().sha256());
            assertEquals(Department.sha256(broken), Department.sha256(d.data.resolve(store.file(3).orElseThrow().archivePath())));
            // The refused schedule is the «График» page's to show, not «Сводка»'s list of files nobody could place.
            assertEquals(List.of(), ru.vprsvod.consolidation.StatusBoard.of(reference, 2026, store).rejectedWithoutWork());
        }
    }

    @Test
    void anotherSchoolsScheduleInASchoolsFolderIsRefusedAndSaysNoScheduleIsInForceYet() throws Exception {
        Department d = department();
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        primary(reference(d)).write(d.inbox.resolve("edu990001").resolve("график.xlsx"), temporary);
        process(d);
        assertEquals("""
                ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № 1
                Управление образования Администрации Энского муниципального района

                Файл:      график.xlsx
                Получен:   21.05.2026 10:00 через общую папку
                Школа:     МБОУ «СОШ № 1 г. Энска» (edu990001)
                Вид:       график проведения ВПР 2026
                Результат: ОТКЛОНЁН

                Ошибка (1) — файл не принят. Исправьте её и отправьте файл заново:
                   1. Лист «График», ячейка B2: файл прислан от имени школы МБОУ «СОШ № 1 г. Энска» (edu990001), а в графике указана другая школа. Найдено: «edu990007». Ожидается: edu990001.

                Принятого графика школы пока нет.

                Подлинник файла сохранён без изменений в архиве управления образования.
                """, receipt(d, "edu990001/Протокол № 1 — график.xlsx.txt"));
        try (ResultsStore store = ResultsStore.open(d.data.resolve("vpr-svod.db"))) {
            assertEquals(List.of(), store.schedules(2026));
        }
    }

    @Test
    void everySchoolFindsItsBlankInItsOwnOutboxFolderMadeOnlyWhenItsDataChange() throws Exception {
        Department d = department();
        process(d);
        Path blank = d.outbox.resolve("edu990007").resolve("edu990007_График_ВПР_2026.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(blank.toFile())) {
            var sheet = wb.getSheet("График");
            assertEquals("Логин ОО edu990007", sheet.getRow(1).getCell(0).getStringCellValue() + " "
                    + sheet.getRow(1).getCell(1).getStringCellValue());
            List<String> works = new java.util.ArrayList<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(1) != null) {
                    works.add(sheet.getRow(r).getCell(1).getStringCellValue() + " " + (int) sheet.getRow(r).getCell(2).getNumericCellValue());
                }
            }
            assertEquals(List.of("Математика 4", "Русский язык 4"), works, "the primary school's two works of grade 4");
        }
        for (String login : List.of("edu990001", "edu990002", "edu990003", "edu990004", "edu990005", "edu990006", "edu990008")) {
            assertEquals(true, Files.isRegularFile(d.outbox.resolve(login).resolve(login + "_График_ВПР_2026.xlsx")), login);
        }
        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(blank);
        clock.advance(Duration.ofDays(1));
        process(d);
        assertEquals(made, Files.getLastModifiedTime(blank), "nothing it is made from changed: not made again");
        // «Сформировать заново» remakes documents, not blanks: none is moved to «Предыдущие версии» for its new time.
        try (App app = d.open(d.settings(), clock)) {
            assertEquals(true, app.pipeline().regenerate(name -> { }));
        }
        assertEquals(made, Files.getLastModifiedTime(blank));
        assertEquals(false, Files.exists(d.outbox.resolve("Предыдущие версии").resolve("edu990007")), "no earlier blank kept");
        Files.delete(blank);
        process(d);
        assertEquals(true, Files.isRegularFile(blank), "a deleted blank is made again");
    }

    @Test
    void aSchoolRemovedFromTheReferenceNoLongerKeepsItsScheduleBlank() throws Exception {
        Department d = department();
        process(d);
        Path blank = d.outbox.resolve("edu990008").resolve("edu990008_График_ВПР_2026.xlsx");
        assertEquals(true, Files.isRegularFile(blank));
        ru.vprsvod.testing.ReferenceWorkbook without = ru.vprsvod.testing.ReferenceWorkbook.example();
        without.schools.removeIf(row -> "edu990008".equals(row.get(0)));
        without.write(d.reference);
        clock.advance(Duration.ofHours(1));
        process(d);
        assertEquals(false, Files.exists(blank), "retired to «Предыдущие версии»");
        assertEquals(true, Files.isRegularFile(d.outbox.resolve("edu990007").resolve("edu990007_График_ВПР_2026.xlsx")));
    }

    @Test
    void theDirectiveGetsAnAppendixOfTheSchoolsDatesOnceSchedulesAreIn() throws Exception {
        Department d = department();
        Files.copy(Path.of("templates", ru.vprsvod.report.VprDirective.TEMPLATE),
                d.templates.resolve(ru.vprsvod.report.VprDirective.TEMPLATE));
        Path directive = d.outbox.resolve(ru.vprsvod.publishing.OutboxNames.directive(2026));
        process(d);
        String before = ru.vprsvod.testing.DocxText.open(directive).plain().text();
        assertEquals(false, before.contains("приложение № 3"), "no schedule yet: no appendix 3 and no reference to it");
        assertEquals(false, before.contains("График проведения всероссийских"));

        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        primary(reference(d)).write(d.inbox.resolve("edu990007").resolve("график.xlsx"), temporary);
        new FilledSchedule(reference(d), "edu990001").line(LocalDate.of(2026, 4, 15), "Математика", 5, "5А")
                .write(d.inbox.resolve("edu990001").resolve("график.xlsx"), temporary);
        clock.advance(Duration.ofHours(1));
        process(d);
        ru.vprsvod.testing.DocxText after = ru.vprsvod.testing.DocxText.open(directive).plain();
        assertEquals(true, after.text().contains("в соответствии с графиком проведения ВПР (перечень работ образовательных"
                + " организаций — приложение № 1; даты проведения по графикам образовательных организаций — приложение № 3)."),
                after.text());
        List<List<List<String>>> tables = after.tables();
        assertEquals(List.of(
                List.of("Дата", "Образовательная организация", "Работа", "Классы"),
                List.of("15.04.2026", "МБОУ «СОШ № 1 г. Энска»", "Математика, 5 класс", "5А"),
                List.of("15.04.2026", "МБОУ «Ключевская НОШ»", "Математика, 4 класс", "4А, 4Б"),
                List.of("17.04.2026", "МБОУ «Ключевская НОШ»", "Русский язык, 4 класс", "4А, 4Б")),
                tables.get(tables.size() - 1));
        assertEquals(true, after.text().contains("Графики проведения ВПР не представили: МБОУ «Лицей № 2 г. Энска», МБОУ"
                + " «Гимназия г. Энска», МБОУ «Заречная СОШ», МБОУ «Луговская ООШ», МБОУ «Берёзовская СОШ» и МБОУ"
                + " «Сосновская СОШ»."), after.text());
    }

    /** The observers' plan is made from the schedules in force: none without one, the school's dates once it is in. */
    @Test
    void theObserversOrderIsMadeFromTheSchedulesInForce() throws Exception {
        Department d = department();
        ru.vprsvod.testing.ReferenceWorkbook.example().withExampleObservers().write(d.reference);
        for (String template : List.of(ru.vprsvod.report.ObserversOrder.TEMPLATE, ru.vprsvod.report.ObserverMemo.TEMPLATE)) {
            Files.copy(Path.of("templates", template), d.templates.resolve(template));
        }
        Path order = d.outbox.resolve(ru.vprsvod.publishing.OutboxNames.observersOrder(2026));
        process(d);
        assertEquals(false, Files.exists(order), "no schedule yet: nobody to send anywhere");

        primary(reference(d)).write(d.inbox.resolve("edu990007").resolve("график.xlsx"), Files.createDirectories(dir.resolve("tmp")));
        clock.advance(Duration.ofHours(1));
        process(d);
        String text = ru.vprsvod.testing.DocxText.open(order).plain().allText();
        assertEquals(true, text.contains("15.04.2026") && text.contains("17.04.2026") && text.contains("МБОУ «Ключевская НОШ»"),
                text);
        try (var memos = Files.list(d.outbox.resolve(ru.vprsvod.publishing.OutboxNames.observersFolder(2026)))) {
            assertEquals(2, memos.filter(p -> p.toString().endsWith(".docx")).count(),
                    "one observer a day, load balanced: two observers for the school's two days");
        }
    }
}
