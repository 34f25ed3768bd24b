package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DocxText;
import ru.vprsvod.testing.DocxWriter;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.ReferenceWorkbook;

/** The one-shot command on a folder of several schools' files, outputs read back. */
class ProcessCommandTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;
    private Path inbox;
    private Path outbox;
    private final MutableClock clock = MutableClock.spring2026();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void folders() throws Exception {
        inbox = Files.createDirectories(dir.resolve("inbox"));
        outbox = Files.createDirectories(dir.resolve("outbox"));
        Files.createDirectories(dir.resolve("data"));
        ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.copy(Path.of("templates", "Аналитическая справка.docx"), templates.resolve("Аналитическая справка.docx"));
    }

    private int process() {
        return Main.run(List.of("process", "--inbox", inbox.toString(), "--outbox", outbox.toString(),
                "--reference", dir.resolve("справочник.xlsx").toString(), "--templates", dir.resolve("templates").toString(),
                "--data", dir.resolve("data").toString(), "--pdf", "нет"), new PrintStream(printed, true, StandardCharsets.UTF_8), clock);
    }

    private String receipt(String school, String fileName) throws Exception {
        try (Stream<Path> files = Files.list(outbox.resolve(school))) {
            Path receipt = files.filter(p -> p.getFileName().toString().endsWith(fileName + ".txt")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(receipt);
            assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for Notepad");
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    @Test
    void processesEverySchoolsFileWritesReceiptsAndTheJsonReport() throws Exception {
        // Lyceum: two pupils with «5»; Заречная: one «3» and one absent; one broken file; one in a school folder.
        Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 5, 15)
                .write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        Protocol.math4().pupilScoring(40101, "4А", 4, 8).absent(40102, "4А")
                .write(inbox.resolve("edu990004").resolve("математика 4 класс.xlsx"));
        Protocol.math4().pupil(40201, "4А", 7, FULL).write(inbox.resolve("edu990006_Математика_4_2026.xlsx"));
        Files.writeString(inbox.resolve("edu990001_Математика_4_2026.xlsx"), "это не таблица");

        assertEquals(0, process(), printed.toString(StandardCharsets.UTF_8));

        String lyceum = receipt("edu990002", "edu990002_Математика_4_2026.xlsx");
        assertTrue(lyceum.contains("Школа:     МБОУ «Лицей № 2 г. Энска» (edu990002)"), lyceum);
        assertTrue(lyceum.contains("Результат: ПРИНЯТ\n"), lyceum);
        assertTrue(lyceum.contains("  • Математика, 4 класс, 2026 — лист «Протокол»: 2 строки участников."), lyceum);
        assertTrue(lyceum.contains("Замечаний нет."), lyceum);

        String rejected = receipt("edu990006", "edu990006_Математика_4_2026.xlsx");
        assertTrue(rejected.contains("Результат: ОТКЛОНЁН"), rejected);
        assertTrue(rejected.contains("   1. Лист «Протокол», ячейка T2: отметка по журналу должна быть от 2 до 5. Найдено: «7»."),
                rejected);

        String broken = receipt("edu990001", "edu990001_Математика_4_2026.xlsx");
        assertTrue(broken.contains("Результат: ОТКЛОНЁН"), broken);

        try (Stream<Path> left = Files.walk(inbox)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "every file was taken from the inbox");
        }
        try (Stream<Path> archived = Files.walk(dir.resolve("data").resolve("archive"))) {
            assertEquals(3, archived.filter(Files::isRegularFile).count(), "every readable original is archived");
        }
        try (Stream<Path> quarantined = Files.walk(dir.resolve("data").resolve("quarantine"))) {
            assertEquals(List.of("edu990001_Математика_4_2026.xlsx", "edu990001_Математика_4_2026.xlsx.txt"),
                    quarantined.filter(Files::isRegularFile).map(p -> p.getFileName().toString().replaceFirst("^.*__", ""))
                            .sorted().toList(), "the unreadable one is in quarantine, with the reason beside it");
        }

        JsonNode report = new ObjectMapper().readTree(outbox.resolve("report.json").toFile());
        assertEquals(4, report.get("files").size());
        JsonNode year = report.get("years").get(0);
        assertEquals(2026, year.get("year").asInt());
        JsonNode math4 = null;
        for (JsonNode w : year.get("works")) {
            if (w.get("subject").asText().equals("Математика") && w.get("grade").asInt() == 4) {
                math4 = w;
            }
        }
        assertEquals(2, math4.get("schools").size());
        JsonNode district = math4.get("district");
        assertEquals(3, district.get("present").asInt());  // 2 lyceum + 1 Заречная
        assertEquals(1, district.get("absent").asInt());
        assertEquals(2, district.get("marks").get("5").get("count").asInt());
        assertEquals(1, district.get("marks").get("3").get("count").asInt());
        assertEquals(66.7, district.get("quality").asDouble(), 1e-9);
        assertEquals(14.3, district.get("meanScore").asDouble(), 1e-9); // (20 + 15 + 8) / 3
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Обработано файлов: 4 (принято: 2,"),
                printed.toString(StandardCharsets.UTF_8));

        try (XSSFWorkbook xlsx = new XSSFWorkbook(outbox.resolve("Сводная таблица ВПР 2026.xlsx").toFile())) {
            Sheet summary = xlsx.getSheet("Сводка");
            List<List<String>> rows = texts(summary);
            // titles, a blank row, two header rows, then the data
            assertEquals(List.of("Математика", "4", "edu990004", "МБОУ «Заречная СОШ»", "2", "1", "1", "0", "0", "1", "1",
                    "0", "0", "0", "0", "0", "1", "8", "1", "1", "0", "0", "0", ""), rows.get(5)); // «3» against a journal «4»: lowered;
            // the last column, «Признаки», is empty: too few pupils for any check
            assertEquals(List.of("Математика", "4", "edu990002", "МБОУ «Лицей № 2 г. Энска»", "2", "2", "0", "0", "0", "0",
                    "0", "0", "0", "2", "1", "1", "1", "17.5", "2", "0", "1", "0", "0", ""), rows.get(6)); // two «5», journal «5»
            assertEquals("Итого по району", rows.get(7).get(3));
            assertEquals(List.of("3", "1"), rows.get(7).subList(5, 7));
            assertEquals(0.667, summary.getRow(7).getCell(15).getNumericCellValue(), 0.001, "district quality 2 of 3");
            assertEquals("0.0%", summary.getRow(7).getCell(15).getCellStyle().getDataFormatString());

            Sheet missing = xlsx.getSheet("Не сдали");
            assertTrue(texts(missing).stream().anyMatch(r -> r.equals(List.of("edu990007", "МБОУ «Ключевская НОШ»",
                    "Математика", "4"))), "a school without a file is listed");
            assertTrue(texts(missing).stream().noneMatch(r -> r.size() == 4 && r.get(0).equals("edu990007") && r.get(3).equals("5")),
                    "an НОШ is not expected to write grade-5 works");
            List<List<String>> distribution = texts(xlsx.getSheet("Распределение баллов"));
            assertEquals("1", distribution.get(4).get(4 + 8), "Заречная (first data row under a one-row header): one pupil with 8 points");
        }

        DocxText analytical = DocxText.open(outbox.resolve("Аналитическая справка ВПР 2026.docx")).plain();
        String text = analytical.text();
        assertTrue(text.startsWith("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЭНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n"), text);
        assertTrue(text.contains("Результаты представили 2 образовательные организации из 8; принято 2 протокола"), text);
        assertTrue(text.contains("2.1. Математика, 4 класс\n"), text);
        assertTrue(!text.contains("{{") && !text.contains("}}"), "no tag left: " + text);
        List<List<String>> marks = analytical.tables().get(0);
        assertEquals(List.of("1", "МБОУ «Заречная СОШ»", "1", "0,0", "100,0", "0,0", "0,0", "0,0", "100,0", "8,0", ""), marks.get(1));
        assertEquals(List.of("2", "МБОУ «Лицей № 2 г. Энска»", "2", "0,0", "0,0", "0,0", "100,0", "100,0", "100,0", "17,5", ""),
                marks.get(2));
        assertEquals(List.of("", "Итого по району", "3", "0,0", "33,3", "0,0", "66,7", "66,7", "100,0", "14,3", ""), marks.get(3));
        List<List<String>> journal = analytical.tables().get(1);
        assertEquals(List.of("", "Итого по району", "3", "33,3", "66,7", "0,0", "0"), journal.get(3));
    }

    /** Every row of a sheet as the text of its cells (numbers without a trailing .0). */
    private static List<List<String>> texts(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    if (cell == null) {
                        cells.add("");
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        double v = cell.getNumericCellValue();
                        cells.add(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 1000) / 1000.0));
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void aResubmissionReplacesTheEarlierDataAndTheSameFileAgainIsADuplicate() throws Exception {
        Path first = Protocol.math4().pupilScoring(40001, "4А", 5, 10).write(dir.resolve("first.xlsx"));
        Files.copy(first, Files.createDirectories(inbox).resolve("edu990001_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        clock.advance(java.time.Duration.ofMinutes(5));
        Path secondFile = Protocol.math4().pupilScoring(40001, "4А", 5, 20).write(dir.resolve("second.xlsx"));
        Files.copy(secondFile, inbox.resolve("edu990001_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        clock.advance(java.time.Duration.ofMinutes(5));
        // A repeat of the file in force; a copy of the replaced first file would be the school going back to it.
        Files.copy(secondFile, inbox.resolve("копия.xlsx"));
        assertEquals(0, process());

        List<String> receipts = new ArrayList<>();
        try (Stream<Path> files = Files.list(outbox.resolve("edu990001"))) {
            // Beside the receipts the folder holds the school's schedule blank.
            files.filter(p -> p.getFileName().toString().startsWith("Протокол")).sorted()
                    .forEach(p -> receipts.add(p.getFileName().toString()));
        }
        assertEquals(List.of("Протокол № 1 — edu990001_Математика_4_2026.xlsx.txt",
                "Протокол № 2 — edu990001_Математика_4_2026.xlsx.txt", "Протокол № 3 — копия.xlsx.txt"), receipts);
        String second = receipt("edu990001", "№ 2 — edu990001_Математика_4_2026.xlsx");
        assertTrue(second.contains("Заменяют данные файла «edu990001_Математика_4_2026.xlsx», принятого 21.05.2026 10:00"
                + " (протокол № 1); прежний файл сохранён в архиве."), second);
        String duplicate = receipt("edu990001", "копия.xlsx");
        assertTrue(duplicate.contains("Результат: ПОВТОРНО ПРИСЛАННЫЙ ФАЙЛ"), duplicate);
        assertTrue(duplicate.contains("Этот файл уже учтён: файл с тем же содержимым принят 21.05.2026 10:05 (протокол № 2,"
                + " файл «edu990001_Математика_4_2026.xlsx») и действует сейчас."), duplicate);

        JsonNode report = new ObjectMapper().readTree(outbox.resolve("report.json").toFile());
        JsonNode school = report.get("years").get(0).get("works").get(0).get("schools").get(0);
        assertEquals(20.0, school.get("stats").get("meanScore").asDouble(), 1e-9, "the resubmission's data counts");
    }

    /** Regression: v1, a wrong-but-valid v2, then v1 again was answered «повторно присланный файл» and v2 stayed. */
    @Test
    void aSchoolGoingBackToItsEarlierFileHasItCountAgain() throws Exception {
        Path first = Protocol.math4().pupilScoring(40001, "4А", 5, 10).write(dir.resolve("v1.xlsx"));
        Files.copy(first, Files.createDirectories(inbox).resolve("edu990003_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        clock.advance(java.time.Duration.ofMinutes(5));
        Protocol.math4().pupilScoring(40001, "4А", 5, 20).write(inbox.resolve("edu990003_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        clock.advance(java.time.Duration.ofMinutes(5));
        Files.copy(first, inbox.resolve("edu990003_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        String third = receipt("edu990003", "№ 3 — edu990003_Математика_4_2026.xlsx");
        assertTrue(third.contains("Результат: ПРИНЯТ"), third);
        assertFalse(third.contains("ПОВТОРНО"), third);
        assertTrue(third.contains("Заменяют данные файла «edu990003_Математика_4_2026.xlsx», принятого 21.05.2026 10:05"
                + " (протокол № 2)"), third);
        JsonNode report = new ObjectMapper().readTree(outbox.resolve("report.json").toFile());
        JsonNode school = report.get("years").get(0).get("works").get(0).get("schools").get(0);
        assertEquals(10.0, school.get("stats").get("meanScore").asDouble(), 1e-9, "the file sent last counts");
        // Now the first file's bytes are in force again: one more copy is a true duplicate.
        clock.advance(java.time.Duration.ofMinutes(5));
        Files.copy(first, inbox.resolve("ещё раз.xlsx"));
        assertEquals(0, process());
        String fourth = receipt("edu990003", "ещё раз.xlsx");
        assertTrue(fourth.contains("Этот файл уже учтён: файл с тем же содержимым принят 21.05.2026 10:10 (протокол № 3,"), fourth);
    }

    /**
     * «Ошибки (1) … Исправьте их» for one error; and a rejected re-send did not say that the school's data accepted
     * earlier for the same work still counts.
     */
    @Test
    void aRejectedResendSaysTheEarlierDataStaysInForceAndOneErrorIsSpokenOfInTheSingular() throws Exception {
        Protocol.math4().pupilScoring(40001, "4А", 5, 10).write(inbox.resolve("edu990004_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        clock.advance(java.time.Duration.ofMinutes(5));
        Protocol.math4().pupil(40001, "4А", 7, FULL).write(inbox.resolve("edu990004_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        String rejected = receipt("edu990004", "№ 2 — edu990004_Математика_4_2026.xlsx");
        assertTrue(rejected.contains("Результат: ОТКЛОНЁН"), rejected);
        assertTrue(rejected.contains("Ошибка (1) — файл не принят. Исправьте её и отправьте файл заново:\n"), rejected);
        assertTrue(rejected.contains("В силе остаются данные по работе «Математика, 4 класс, 2026», принятые 21.05.2026 10:00"
                + " из файла «edu990004_Математика_4_2026.xlsx» (протокол № 1): они учитываются в статистике, пока исправленный"
                + " файл не будет принят."), rejected);
        String accepted = receipt("edu990004", "№ 1 — edu990004_Математика_4_2026.xlsx");
        assertFalse(accepted.contains("В силе остаются"), accepted);
    }

    /**
     * The receipt of a file with a login the reference does not know went to «_школа не определена/», a folder no school
     * opens: it is written where the sender looks — the outbox folder of the inbox folder it came through — and the
     * coordinator's table lists it among the rejected files no cell shows.
     */
    @Test
    void aFileOfAnUnknownLoginIsAnsweredWhereItsSenderLooksAndListedForTheCoordinator() throws Exception {
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(inbox.resolve("edu990999_Математика_4_2026.xlsx"));
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(inbox.resolve("edu990999").resolve("математика.xlsx"));
        assertEquals(0, process());
        try (Stream<Path> all = Files.walk(outbox)) {
            assertEquals(List.of(), all.filter(p -> p.toString().contains("не определена")).toList());
        }
        String root = receiptAt(only(outbox, " — edu990999_Математика_4_2026.xlsx.txt"));
        assertTrue(root.contains("Результат: ОТКЛОНЁН"), root);
        assertTrue(root.contains("школа «edu990999» в имени файла не найдена в справочнике"), root);
        String folder = receiptAt(only(outbox.resolve("edu990999"), " — математика.xlsx.txt"));
        assertTrue(folder.contains("Результат: ОТКЛОНЁН"), folder);
        try (var store = ru.vprsvod.consolidation.ResultsStore.open(dir.resolve("data").resolve("vpr-svod.db"))) {
            var reference = ((ru.vprsvod.reference.ReferenceReading.Loaded) ru.vprsvod.reference.ReferenceLoader
                    .load(dir.resolve("справочник.xlsx"))).reference();
            var board = ru.vprsvod.consolidation.StatusBoard.of(reference, 2026, store);
            assertEquals(java.util.Set.of(1L, 2L), board.rejectedWithoutWork().stream().map(ru.vprsvod.consolidation.ReceivedFile::id)
                            .collect(java.util.stream.Collectors.toSet()),
                    "both in the coordinator's list of rejected files that no cell shows");
        }
    }

    /** The one receipt in a folder (not below it) whose name ends so. */
    private static Path only(Path folder, String ending) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(ending)).toList();
            assertEquals(1, found.size(), "a receipt «…" + ending + "» in " + folder);
            return found.get(0);
        }
    }

    /** A receipt file as Notepad shows it. */
    private static String receiptAt(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void withoutAUsableReferenceNothingIsTakenAndTheExitCodeSaysItCouldNotRun() throws Exception {
        Files.delete(dir.resolve("справочник.xlsx"));
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        assertEquals(1, process());
        assertTrue(Files.exists(inbox.resolve("edu990002_Математика_4_2026.xlsx")), "the file waits in the inbox");
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Обработка невозможна: справочник"));
    }

    @Test
    void aTemplateWithAMistakeLeavesAListOfItsLocatedProblemsInsteadOfTheDocument() throws Exception {
        new DocxWriter().paragraph("{{ орган.наименованье }}").paragraph("{{#каждый р из работы}}")
                .save(dir.resolve("templates").resolve("Аналитическая справка.docx"));
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        assertTrue(Files.notExists(outbox.resolve("Аналитическая справка ВПР 2026.docx")));
        String problems = new String(Files.readAllBytes(outbox.resolve("Аналитическая справка ВПР 2026 — ошибки шаблона.txt")),
                StandardCharsets.UTF_8);
        assertTrue(problems.contains(". Основной текст, абзац 1, тег {{ орган.наименованье }}: в «орган» нет поля"
                + " «наименованье». Есть: «наименование»."), problems);
        assertTrue(problems.contains(". Основной текст, абзац 2, тег {{#каждый р из работы}}: блок {{#каждый}} не закрыт:"
                + " нет {{/каждый}}."), problems);
        assertTrue(Files.exists(outbox.resolve("Сводная таблица ВПР 2026.xlsx")), "other outputs are still made");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, Main.run(List.of("process", "--inbx", "x"), new PrintStream(printed, true, StandardCharsets.UTF_8), clock));
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Неизвестный параметр «--inbx»."));
    }
}
