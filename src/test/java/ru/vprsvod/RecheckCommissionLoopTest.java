package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.GeneratedSchool;
import ru.vprsvod.testing.DocxText;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * The whole loop of the municipal re-check on a generated district with a bank of experts: works selected → assigned to
 * subject commissions (nobody on their own school's works) → the directive, a letter to each school, a pre-filled
 * protocol per expert → the protocols filled in (with POI, as an expert would in Excel) and dropped into the inbox →
 * the comparison with the schools' own scoring → the analytical report.
 */
class RecheckCommissionLoopTest {

    private static final String[] SURNAMES = {"Алексеева", "Борисова", "Васильева", "Григорьева", "Дмитриева", "Егорова",
            "Жукова", "Зайцева", "Ильина", "Кузнецова", "Лебедева", "Морозова", "Никитина", "Орлова", "Павлова", "Романова",
            "Соколова", "Тихонова", "Фёдорова", "Чернова"};
    private static final Pattern TASK = Pattern.compile("\\d[\\d.]*\\s*\\((\\d+)б\\)");

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.spring2026();

    private int process() {
        return Main.run(List.of("process", "--inbox", dir.resolve("inbox").toString(), "--outbox", dir.resolve("outbox").toString(),
                "--reference", dir.resolve("справочник.xlsx").toString(), "--templates", dir.resolve("templates").toString(),
                "--data", dir.resolve("data").toString(), "--pdf", "нет"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock);
    }

    @Test
    void selectAssignBlanksProtocolsBackComparisonReport() throws Exception {
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        for (String folder : List.of("inbox", "outbox", "data", "templates")) {
            Files.createDirectories(dir.resolve(folder));
        }
        district.write(dir.resolve("справочник.xlsx"), dir.resolve("inbox"));
        ReferenceWorkbook reference = district.reference();
        List<GeneratedSchool> schools = district.schools();
        Map<String, String> schoolOf = new HashMap<>();
        int n = 0;
        for (GeneratedSchool s : schools) {
            for (String subject : List.of("Математика", "Русский язык")) {
                String name = SURNAMES[n % SURNAMES.length] + " " + (subject.equals("Математика") ? "Мария" : "Анна") + " "
                        + (n < SURNAMES.length ? "Ивановна" : "Петровна");
                // The first school's teachers head the district's РМО of both subjects.
                reference.expert(name, s.login(), subject, "да", 5 + n, n < 2 ? subject : null);
                schoolOf.put(name, s.login());
                n++;
            }
        }
        reference.expert("Шестакова Ольга Павловна", schools.get(1).login(), "Математика", "нет", 30, null);
        reference.write(dir.resolve("справочник.xlsx"));
        try (Stream<Path> shipped = Files.list(Path.of("templates"))) {
            for (Path t : shipped.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(t, dir.resolve("templates").resolve(t.getFileName()));
            }
        }
        assertEquals(0, process());

        Path outbox = dir.resolve("outbox");
        JsonNode recheck = report(outbox).get("recheck");
        int selected = recheck.get("selected").asInt();
        assertTrue(selected > 0, "the generated district has a risk group and works to re-check");
        LocalDate deadline = LocalDate.parse(recheck.get("deadline").asText());
        String deadlineText = String.format("%02d.%02d.%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear());

        // The directive: both commissions, the chairs, the same deadline as the re-check order, no tag left.
        String directive = text(outbox.resolve("Распоряжение о создании предметных комиссий ВПР 2026.docx"));
        String order = text(outbox.resolve("Приказ о перепроверке работ ВПР 2026.docx"));
        assertTrue(order.contains("в срок до " + deadlineText), order);
        assertTrue(directive.contains("в срок до " + deadlineText), directive);
        assertTrue(directive.contains("не позднее " + deadlineText), directive);
        assertTrue(directive.contains("— «Математика»: председатель — Алексеева Мария Ивановна ("), directive);
        assertTrue(directive.contains("— «Русский язык»: председатель — Борисова Анна Ивановна ("), directive);
        assertTrue(directive.contains("В соответствии с пунктами 6.6–6.11 Порядка"), directive);
        assertFalse(directive.contains("Шестакова"), "an expert without higher education sits on no commission");

        // The note: the refused expert, located.
        String notes = Files.readString(outbox.resolve("Перепроверка ВПР 2026/Предметные комиссии — замечания.txt"));
        assertTrue(notes.contains("лист «Эксперты», строка " + (schools.size() * 2 + 2) + ": Шестакова Ольга Павловна не может"
                + " входить в предметную комиссию — нет высшего образования ("), notes);

        // A letter to each school of the selection, in its own folder too, listing exactly its codes.
        Map<String, Set<String>> codesOfSchool = new TreeMap<>();
        recheck.get("works").forEach(w -> codesOfSchool.computeIfAbsent(w.get("login").asText(), k -> new HashSet<>())
                .add(w.get("code").asText()));
        for (Map.Entry<String, Set<String>> e : codesOfSchool.entrySet()) {
            String letter = text(outbox.resolve(e.getKey()).resolve("Запрос работ на перепроверку ВПР 2026.docx"));
            assertTrue(letter.contains("пунктами 6.9, 6.10 Порядка"), letter);
            for (String code : e.getValue()) {
                assertTrue(letter.contains(code), e.getKey() + " " + code + "\n" + letter);
            }
        }

        // The experts' protocols: every selected work in exactly one, never with the expert's own school; filled in.
        Path folder = outbox.resolve("Перепроверка ВПР 2026");
        List<Path> protocols;
        try (Stream<Path> files = Files.list(folder)) {
            protocols = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertFalse(protocols.isEmpty());
        Map<String, Integer> written = new HashMap<>();
        DataFormatter format = new DataFormatter();
        int file = 0;
        for (Path protocol : protocols) {
            String expert = protocol.getFileName().toString().replaceAll("^.* — (.*)\\.xlsx$", "$1");
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(protocol)) {
                wb = new XSSFWorkbook(in);
            }
            for (Sheet sheet : wb) {
                Row header = null;
                for (Row row : sheet) {
                    if (format.formatCellValue(row.getCell(0)).equals("Логин ОО")) {
                        header = row;
                        break;
                    }
                }
                Map<Integer, Integer> tasks = new TreeMap<>();
                for (Cell cell : header) {
                    Matcher m = TASK.matcher(format.formatCellValue(cell));
                    if (m.matches()) {
                        tasks.put(cell.getColumnIndex(), Integer.parseInt(m.group(1)));
                    }
                }
                assertFalse(tasks.isEmpty(), "task columns on " + sheet.getSheetName());
                for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String login = format.formatCellValue(row.getCell(0));
                    String code = format.formatCellValue(row.getCell(7));
                    assertNotEquals(schoolOf.get(expert), login, expert + " got a work of their own school");
                    int sum = 0;
                    int t = 0;
                    for (Map.Entry<Integer, Integer> task : tasks.entrySet()) {
                        // Deterministic points an expert might give: full marks on every other task.
                        int points = (t++ + r + file) % 2 == 0 ? task.getValue() : 0;
                        row.createCell(task.getKey()).setCellValue(points);
                        sum += points;
                    }
                    String key = login + "|" + format.formatCellValue(row.getCell(2)) + "|" + format.formatCellValue(row.getCell(3)) + "|" + code;
                    assertEquals(null, written.put(key, sum), "a work in two protocols: " + key);
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("inbox").resolve("протокол " + file++ + ".xlsx"))) {
                wb.write(out);
            }
            wb.close();
        }
        assertEquals(selected, written.size(), "every selected work in one protocol");

        clock.advance(Duration.ofDays(10));
        assertEquals(0, process());
        JsonNode results = report(outbox).get("recheckResults");
        assertEquals(selected, results.get("works").asInt(), results.toString());
        for (JsonNode item : results.get("items")) {
            assertEquals(written.get(item.get("login").asText() + "|" + item.get("subject").asText() + "|" + item.get("grade").asInt()
                    + "|" + item.get("code").asText()), item.get("scoreAfter").asInt(), item.toString());
        }
        String report = text(outbox.resolve("Аналитическая справка ВПР 2026.docx"));
        assertTrue(report.contains("По итогам перепроверки " + selected + " " + (selected % 10 == 1 && selected % 100 != 11
                ? "работы" : "работ") + " баллы изменены в " + results.get("changedScores").asInt()), report);
    }

    /** A bank too small and a subject without a РМО head are said in the note and the directive, never silently. */
    @Test
    void aBankTooSmallAndNoChairAreSaid() throws Exception {
        for (String folder : List.of("inbox", "outbox", "data", "templates")) {
            Files.createDirectories(dir.resolve(folder));
        }
        org.apache.commons.io.file.PathUtils.copyDirectory(Path.of("examples", "district"), dir.resolve("inbox"));
        ReferenceWorkbook.example().expert("Морозова Вера Ильинична", "edu990008", "Математика", "да", 22, null)
                .write(dir.resolve("справочник.xlsx"));
        try (Stream<Path> shipped = Files.list(Path.of("templates"))) {
            for (Path t : shipped.filter(p -> p.toString().endsWith(".docx")).toList()) {
                Files.copy(t, dir.resolve("templates").resolve(t.getFileName()));
            }
        }
        assertEquals(0, process());
        Path outbox = dir.resolve("outbox");
        assertTrue(report(outbox).get("recheck").get("selected").asInt() > 0);
        String notes = Files.readString(outbox.resolve("Перепроверка ВПР 2026/Предметные комиссии — замечания.txt"));
        assertTrue(notes.contains("1. Предмет «Математика»: в банке экспертов нет руководителя РМО по предмету, отвечающего"
                + " требованиям; председателя комиссии назначьте вручную."), notes);
        assertTrue(notes.contains(". Предмет «Русский язык»: в банке экспертов нет руководителя РМО по предмету"), notes);
        assertTrue(notes.contains(". Предмет «Русский язык»: в банке экспертов не хватает экспертов не из проверяемых школ —"
                + " не распределено работ: "), notes);
        assertTrue(notes.contains("нужно не менее 1 эксперта по предмету, не более 25 работ каждому; в банке отвечают"
                + " требованиям 0."), notes);
        String directive = text(outbox.resolve("Распоряжение о создании предметных комиссий ВПР 2026.docx"));
        assertTrue(directive.contains("— «Математика»: председатель — не назначен, в составе 1 человека"), directive);
        assertTrue(directive.contains("Не распределено "), directive);
    }

    private static JsonNode report(Path outbox) throws java.io.IOException {
        return new ObjectMapper().readTree(outbox.resolve("report.json").toFile()).get("objectivity");
    }

    private static String text(Path docx) {
        assertTrue(Files.exists(docx), "no " + docx);
        String text = DocxText.open(docx).plain().allText();
        assertFalse(text.contains("{{") || text.contains("}}"), docx + ": a tag was left:\n" + text);
        return text;
    }
}
