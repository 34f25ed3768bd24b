package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.testing.FilledSchedule;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * The observers' reports through the real service: a school's schedule makes the order, its visits and a blank
 * report per visit; the observer fills the blank in and drops it in the inbox; the receipt goes to the department's
 * folder, and «Наблюдатели» and «Календарь» say which report came and which is missing after its deadline.
 */
class ObserversPageTest {

    @TempDir
    Path dir;

    private static void twoPasses(Desk desk) {
        desk.app.pipeline().runOnce();
        desk.clock.advance(Duration.ofMinutes(1)); // the inbox takes a file it has seen whole for a while
        desk.app.pipeline().runOnce();
    }

    /** The blank as an observer fills it in Excel: every answer «да» but the second, «нет» with a comment. */
    private static void fill(Path blank, Path filled, String remarks) throws Exception {
        try (InputStream in = Files.newInputStream(blank); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Отчёт наблюдателя");
            int question = 0;
            boolean table = false;
            for (Row row : sheet) {
                String label = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (label.equals("Замечания и предложения")) {
                    row.createCell(1).setCellValue(remarks);
                } else if (table) {
                    row.createCell(1).setCellValue(question == 1 ? "нет" : "да");
                    if (question == 1) {
                        row.createCell(2).setCellValue("в 4А участник пользовался телефоном");
                    }
                    question++;
                }
                table |= label.equals("Вопрос");
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
    }

    @Test
    void aReportComesBackThroughTheInboxAndTheDeskNamesTheOneMissingAfterItsDeadline() throws Exception {
        try (Desk desk = new Desk(dir, ReferenceWorkbook.example().withExampleObservers())) {
            Reference reference = ((ReferenceReading.Loaded) ReferenceLoader.load(desk.dir.resolve("templates")
                    .resolve("справочник.xlsx"))).reference();
            new FilledSchedule(reference, "edu990007")
                    .line(LocalDate.of(2026, 4, 15), "Математика", 4, "4А")
                    .line(LocalDate.of(2026, 4, 17), "Русский язык", 4, "4А")
                    .write(desk.dir.resolve("inbox").resolve("edu990007").resolve("график.xlsx"),
                            Files.createDirectories(dir.resolve("tmp")));
            twoPasses(desk);
            Path folder = desk.outbox().resolve(OutboxNames.observersFolder(2026));
            List<String> blanks;
            try (Stream<Path> files = Files.list(folder)) {
                blanks = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
            }
            assertEquals(2, blanks.size(), blanks.toString());
            Path blank = blanks.stream().filter(n -> n.endsWith("15.04.2026.xlsx")).map(folder::resolve).findFirst().orElseThrow();
            String observer = blank.getFileName().toString().replaceAll("^Отчёт наблюдателя — (.*) — edu990007, 15.04.2026.xlsx$", "$1");
            fill(blank, desk.dir.resolve("inbox").resolve("отчёт наблюдателя.xlsx"), "Убрать телефоны до начала работы");
            twoPasses(desk);

            Path receipt = desk.outbox().resolve(OutboxNames.DEPARTMENT_FOLDER).resolve("Протокол № 2 — отчёт наблюдателя.xlsx.txt");
            assertEquals("""
                    ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № 2
                    Управление образования Администрации Энского муниципального района

                    Файл:      отчёт наблюдателя.xlsx
                    Получен:   21.05.2026 10:02 через общую папку
                    Школа:     МБОУ «Ключевская НОШ» (edu990007)
                    Вид:       отчёт общественного наблюдателя о проведении ВПР 2026, 15.04.2026
                    Наблюдатель: %s
                    Результат: ПРИНЯТ

                    По отчёту — 1 ответ «нет»:
                      • Участники выполняли работу самостоятельно, без подсказок и посторонней помощи — в 4А участник пользовался телефоном
                    Замечания наблюдателя: Убрать телефоны до начала работы

                    Замечаний нет.

                    Подлинник файла сохранён без изменений в архиве управления образования.
                    """.formatted(observer), Files.readString(receipt, StandardCharsets.UTF_8).replace("\uFEFF", "")
                    .replace("\r\n", "\n"));

            // report.json carries the same for other programs: the schedule in force and each visit with its report.
            JsonNode conduct = new ObjectMapper().readTree(desk.outbox().resolve("report.json").toFile()).get("conduct");
            assertEquals(2026, conduct.get("year").asInt());
            assertEquals(List.of("2026-04-15 Математика 4 [\"4А\"]", "2026-04-17 Русский язык 4 [\"4А\"]"),
                    java.util.stream.StreamSupport.stream(conduct.get("schedule").spliterator(), false)
                            .map(s -> s.get("date").asText() + " " + s.get("subject").asText() + " " + s.get("grade").asInt()
                                    + " " + s.get("classes")).toList());
            assertEquals(2, conduct.get("observers").get(0).get("report").get("fileId").asInt());
            assertEquals("Убрать телефоны до начала работы", conduct.get("observers").get(0).get("report").get("remarks").asText());
            assertTrue(conduct.get("observers").get(1).get("report").isNull());
            assertEquals(observer, conduct.get("observers").get(0).get("observer").asText());

            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/observers").html();
                assertEquals("Наблюдатели", page.select("nav a.active").text());
                assertTrue(page.select("main p").first().text().startsWith("По приказу об общественных наблюдателях ВПР 2026:"
                        + " 2 дня проведения ВПР в школах, наблюдатели назначены на 2. Отчётов получено: 1 из 2; не получено"
                        + " после срока: 1; ожидается: 0."), page.select("main p").first().text());
                assertEquals(List.of("received", "missing"), page.select("table.observers tbody tr").eachAttr("data-standing"));
                var received = page.select("table.observers tbody tr").get(0).select("td");
                assertEquals(List.of("15.04.2026", "МБОУ «Ключевская НОШ»", "Математика, 4 класс (4А)", observer, "15.05.2026"),
                        received.eachText().subList(0, 5));
                assertEquals("получен 21.05.2026 (после срока); ответов «нет»: 1 Участники выполняли работу самостоятельно, без подсказок и"
                        + " посторонней помощи — в 4А участник пользовался телефоном Замечания: Убрать телефоны до начала работы",
                        received.get(5).text());
                assertEquals("/files/2", received.get(5).select("a").attr("href"));
                var missing = page.select("table.observers tbody tr.overdue td");
                assertEquals("17.05.2026", missing.get(4).text());
                assertEquals("не получен, срок прошёл", missing.get(5).text());

                JsonNode json = new ObjectMapper().readTree(coordinator.get("/api/observers").body());
                assertEquals(2, json.get("visits").size());
                assertEquals("received", json.get("visits").get(0).get("standing").asText());
                assertEquals(2, json.get("visits").get(0).get("reportFile").asInt());
                assertEquals("missing", json.get("visits").get(1).get("standing").asText());
                assertEquals("2026-05-17", json.get("visits").get(1).get("reportDue").asText());

                Document calendar = coordinator.get("/calendar").html();
                var passed = calendar.select("h2:containsOwn(Срок прошёл) + table").first();
                String who15 = passed.select("tr[data-key=observers-edu990007-2026-04-15] td").get(2).text();
                assertTrue(who15.endsWith("(МБОУ «Ключевская НОШ»): отчёт получен 21.05.2026"), who15);
                String who17 = passed.select("tr[data-key=observers-edu990007-2026-04-17] td").get(2).text();
                assertTrue(who17.endsWith("(МБОУ «Ключевская НОШ»): отчёт не получен"), who17);
                assertEquals("/observers", passed.select("tr[data-key=observers-edu990007-2026-04-17] a").attr("href"));

                // «Сводка» says what is overdue: seven schools owe a schedule (due 21.03), one observer a report.
                assertEquals("Срок прошёл: графики проведения ВПР не прислали 7 школ (срок — 21.03.2026): «График»; не"
                        + " получено после срока 1 отчёт общественных наблюдателей: «Наблюдатели». Все сроки — на странице"
                        + " «Календарь».", coordinator.get("/").html().select("#overdue").text());

                Document file = coordinator.get("/files/2").html();
                assertTrue(file.select("dl.facts").text().contains("Вид отчёт общественного наблюдателя о проведении ВПР 2026,"
                        + " 15.04.2026 Наблюдатель " + observer), file.select("dl.facts").text());

                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertEquals(403, clerk.get("/observers").status());
                assertEquals(403, clerk.get("/api/observers").status());
            });

            // The school moves its second work to 20.04: that day's blank replaces the 17.04 one, which is retired.
            new FilledSchedule(reference, "edu990007")
                    .line(LocalDate.of(2026, 4, 15), "Математика", 4, "4А")
                    .line(LocalDate.of(2026, 4, 20), "Русский язык", 4, "4А")
                    .write(desk.dir.resolve("inbox").resolve("edu990007").resolve("график.xlsx"), dir.resolve("tmp"));
            twoPasses(desk);
            try (Stream<Path> files = Files.list(folder)) {
                List<String> now = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")).sorted().toList();
                assertEquals(List.of(true, true), List.of(now.stream().anyMatch(n -> n.endsWith("edu990007, 15.04.2026.xlsx")),
                        now.stream().anyMatch(n -> n.endsWith("edu990007, 20.04.2026.xlsx"))), now.toString());
                assertEquals(2, now.size(), now.toString());
            }
            try (Stream<Path> kept = Files.list(desk.outbox().resolve("Предыдущие версии").resolve(OutboxNames.observersFolder(2026)))) {
                assertEquals(1, kept.filter(p -> p.getFileName().toString().contains("17.04.2026")).count());
            }
        }
    }
}
