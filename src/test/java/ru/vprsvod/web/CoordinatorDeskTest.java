package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.ReferenceWorkbook;

/** The coordinator's pages over real data, and the blank form's round trip through our own reader. */
class CoordinatorDeskTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void aBlankFormFilledInComesBackAccepted() throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                Document forms = clerk.get("/forms").html();
                assertTrue(forms.select("select[name=work] option").eachText().contains("Математика, 4 класс, 2026"));
                Browser.Response blank = clerk.get("/forms/blank?work=" + Browser.enc("2026|Математика|4"));
                assertEquals(200, blank.status());
                assertTrue(blank.headers().firstValue("Content-Disposition").orElseThrow()
                        .contains(Browser.enc("edu990001_Математика_4_2026.xlsx").replace("+", "%20")));
                byte[] filled;
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(blank.bytes()))) {
                    XSSFSheet protocol = book.getSheet("Протокол");
                    Sheet about = book.getSheet("Сведения");
                    assertEquals("edu990001", about.getRow(2).getCell(1).getStringCellValue());
                    assertTrue(about.getProtect(), "the metadata sheet is protected");
                    assertTrue(protocol.getDataValidations().size() >= 18, "points per task, sex, journal mark, total");
                    int header = -1;
                    for (Row row : protocol) {
                        if (row.getCell(0) != null && "Код".equals(row.getCell(0).getStringCellValue())) {
                            header = row.getRowNum();
                        }
                    }
                    assertEquals("1 (1б)", protocol.getRow(header).getCell(2).getStringCellValue());
                    assertEquals("12 (2б)", protocol.getRow(header).getCell(16).getStringCellValue());
                    Object[][] pupils = {{40001, 1, FULL, "4А", "м", 5}, {40002, 2, new Object[] {1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1,
                        "Х", 0}, "4А", "ж", 4}};
                    for (int p = 0; p < pupils.length; p++) {
                        Row row = protocol.createRow(header + 1 + p);
                        row.createCell(0).setCellValue((Integer) pupils[p][0]);
                        row.createCell(1).setCellValue((Integer) pupils[p][1]);
                        Object[] points = (Object[]) pupils[p][2];
                        int total = 0;
                        for (int t = 0; t < points.length; t++) {
                            if (points[t] instanceof Integer i) {
                                row.createCell(2 + t).setCellValue(i);
                                total += i;
                            } else {
                                row.createCell(2 + t).setCellValue((String) points[t]);
                            }
                        }
                        row.createCell(17).setCellValue((String) pupils[p][3]);
                        row.createCell(18).setCellValue((String) pupils[p][4]);
                        row.createCell(19).setCellValue((Integer) pupils[p][5]);
                        row.createCell(20).setCellValue(total);
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    book.write(out);
                    filled = out.toByteArray();
                }
                clerk.get("/");
                // Saved under any name: the form itself says whose and which work it is.
                Browser.Response sent = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "Книга1.xlsx", filled)));
                assertEquals("Результат: принят. Замечаний нет, данные учтены.", sent.html().select("p.verdict").text(), sent.text());
                assertTrue(sent.text().contains("Математика, 4 класс, 2026: 2 строки участников"), sent.text());
                assertEquals(404, clerk.get("/forms/blank?work=" + Browser.enc("2026|Математика|5")).status(),
                        "no task list in the reference for this work");
            });
        }
    }

    @Test
    void theStatusTableFollowsSubmissionsAndTheOtherPagesWork() throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document before = coordinator.get("/").html();
                assertEquals("Сводка ВПР 2026", before.select("h1").text());
                assertEquals("не сдано", cell(before, "edu990001", 0).text());
                assertEquals("—", cell(before, "edu990007", 2).text(), "a primary school has no grade 5");

                coordinator.get("/upload");
                coordinator.multipart("/upload", Map.of("school", "edu990001"), List.of(new Browser.Part("files",
                        "edu990001_Математика_4_2026.xlsx", Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, FULL)))));
                coordinator.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "edu990002_Математика_4_2026.xlsx",
                        Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 7, FULL)))));
                Document after = coordinator.get("/").html();
                assertTrue(cell(after, "edu990001", 0).text().startsWith("принято21.05.2026"), cell(after, "edu990001", 0).text());
                assertTrue(cell(after, "edu990002", 0).text().startsWith("отклонено"), cell(after, "edu990002", 0).text());
                String receiptLink = cell(after, "edu990002", 0).select("a").attr("href");
                assertTrue(coordinator.get(receiptLink).text().contains("отметка по журналу должна быть от 2 до 5"));
                coordinator.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "edu990001_Математика_4_2026.xlsx",
                        Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 3, 7)))));
                assertTrue(cell(coordinator.get("/").html(), "edu990001", 0).text().startsWith("принято повторно"));

                Document overview = coordinator.get("/stats").html();
                Browser.Response yearSheet = coordinator.get(overview.select("a.button[href^=/stats.xlsx]").attr("href"));
                assertEquals(200, yearSheet.status());
                try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(yearSheet.bytes()))) {
                    var sheet = book.getSheetAt(0);
                    assertEquals("Статистика 2026", sheet.getSheetName());
                    boolean math = false;
                    for (var r : sheet) {
                        math |= r.getCell(0) != null && r.getCell(0).toString().equals("Математика, 4 класс");
                    }
                    assertTrue(math, "a row per work");
                }
                Document stats = coordinator.get(Statistics.link(new ru.vprsvod.reference.Work(2026, "Математика", 4))
                        .replace("&amp;", "&")).html();
                assertEquals(List.of("МБОУ «СОШ № 1 г. Энска»", "Итого по району"),
                        stats.select("table.stats").get(0).select("tbody td:first-child").eachText());
                assertTrue(stats.select("table.stats").get(0).select("thead th").eachText().contains("Средний первичный балл"));
                // «Выполнение заданий»: every task of the work, the district's rate and the groups by mark.
                var tasks = stats.select("h2#tasks + p + div table.stats");
                assertEquals(FULL.length, tasks.select("tbody tr").size());
                assertEquals(List.of("Задание", "Уровень", "Макс. балл", "Район, %", "Группа «2», %", "Группа «3», %",
                        "Группа «4», %", "Группа «5», %"), tasks.select("thead th").eachText());
                assertEquals("1", tasks.select("tbody tr th").get(0).text());
                // Every table of the work as a workbook: results, journal comparison, tasks; values, never formulas.
                String xlsx = stats.select("a.button[href^=/stats/work.xlsx]").attr("href");
                Browser.Response sheet = coordinator.get(xlsx);
                assertEquals(200, sheet.status());
                try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet.bytes()))) {
                    assertEquals(List.of("Результаты", "Отметки по журналу", "Выполнение заданий"),
                            List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
                    var total = book.getSheetAt(0).getRow(book.getSheetAt(0).getLastRowNum());
                    assertEquals("Итого по району", total.getCell(0).getStringCellValue());
                    assertEquals(2.0, total.getCell(2).getNumericCellValue(), "two pupils wrote it");
                    var taskSheet = book.getSheetAt(2);
                    int header = -1;
                    for (var r : taskSheet) {
                        if (r.getCell(0) != null && "Задание".equals(r.getCell(0).toString())) {
                            header = r.getRowNum();
                        }
                    }
                    assertEquals(FULL.length, taskSheet.getLastRowNum() - header, "a row per task under the header");
                    for (var s : book) {
                        for (var r : s) {
                            for (var c : r) {
                                assertTrue(c.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA, c.getAddress().toString());
                            }
                        }
                    }
                }
                String chart = stats.select(".charts img").get(0).attr("src").replace("&amp;", "&");
                Browser.Response png = coordinator.get(chart);
                assertEquals(200, png.status());
                assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
                assertEquals((byte) 0x89, png.bytes()[0]);

                ObjectMapper json = new ObjectMapper();
                var status = json.readTree(coordinator.get("/api/status/2026").body());
                assertTrue(status.get("cells").findValuesAsText("status").contains("RESUBMITTED"));

                Document documents = coordinator.get("/documents").html();
                assertTrue(documents.select("table.documents td a").eachText().contains("Аналитическая справка ВПР 2026.docx"));
                Browser.Response started = coordinator.post("/documents/regenerate", Map.of());
                assertEquals(302, started.status());
                String job = started.location().replace("/documents/jobs/", "");
                String state = "";
                for (int i = 0; i < 200 && !state.equals("DONE"); i++) {
                    state = json.readTree(coordinator.get("/api/jobs/" + job).body()).get("state").asText();
                    Thread.sleep(100);
                }
                assertEquals("DONE", state);
                Document jobPage = coordinator.get("/documents/jobs/" + job).html();
                assertEquals("Готово: документы сформированы заново.", jobPage.select("#job-status").text());
                assertTrue(jobPage.select("#job-steps li").eachText().contains("Аналитическая справка ВПР 2026.docx"));
                Browser.Response docx = coordinator.get("/outbox/" + Browser.enc("Аналитическая справка ВПР 2026.docx").replace("+", "%20"));
                assertEquals(200, docx.status());
                assertEquals('P', docx.bytes()[0]);
            });
        }
    }

    @Test
    void theReferenceIsReplacedOnlyByAUsableVersionAndTheOldOneKept() throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                coordinator.get("/templates");
                Path broken = ReferenceWorkbook.example().without("Школы").write(dir.resolve("broken.xlsx"));
                Browser.Response refused = coordinator.multipart("/templates/replace", Map.of("key", "reference"),
                        List.of(new Browser.Part("file", "справочник новый.xlsx", Files.readAllBytes(broken))));
                assertEquals(400, refused.status());
                assertTrue(refused.html().select("section.refused h2").text().startsWith("Файл «справочник новый.xlsx» не принят"));
                assertFalse(refused.html().select("section.refused li").isEmpty());
                Path good = ReferenceWorkbook.example().school("edu990009", "09", "МБОУ «Новая школа»", "Новая школа", "СОШ",
                        "А.А. Новиков", "г. Энск", "1-11").write(dir.resolve("good.xlsx"));
                Browser.Response replaced = coordinator.multipart("/templates/replace", Map.of("key", "reference"),
                        List.of(new Browser.Part("file", "good.xlsx", Files.readAllBytes(good))));
                assertEquals(200, replaced.status(), replaced.text());
                assertEquals("«справочник.xlsx» заменён файлом «good.xlsx»; прежняя версия сохранена в папке «Предыдущие версии».",
                        replaced.html().select("p.ok").text());
                assertEquals(1, Files.list(dir.resolve("templates").resolve("Предыдущие версии")).count());
                desk.app.pipeline().runOnce();
                assertTrue(coordinator.get("/").text().contains("МБОУ «Новая школа»"));

                Browser.Response created = coordinator.post("/accounts/schools", Map.of());
                Document page = created.html();
                assertEquals("Создано учётных записей школ: 7.", page.select("p.ok").text());
                String password = page.select("section.issued tbody tr").get(0).select("code").text();
                String login = page.select("section.issued tbody tr").get(0).select("td").get(0).text();
                Browser.Response sheet = coordinator.get("/accounts/issued.xlsx");
                assertEquals(200, sheet.status());
                Browser school = new Browser(server.port());
                assertEquals("/password", school.signIn(login, password).location());
                coordinator.post("/accounts/issued/clear", Map.of());
                assertEquals(404, coordinator.get("/accounts/issued.xlsx").status(), "passwords are shown only once");
            });
        }
    }

    private static org.jsoup.nodes.Element cell(Document page, String school, int column) {
        for (org.jsoup.nodes.Element row : page.select("table.matrix tbody tr")) {
            if (row.select("th small").text().equals(school)) {
                return row.select("td").get(column);
            }
        }
        throw new AssertionError("no row for " + school);
    }
}
