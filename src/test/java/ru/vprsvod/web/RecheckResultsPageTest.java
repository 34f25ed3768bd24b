package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.Xlsx;

/**
 * The re-check's results going back (Порядок, п. 6.11) through the real service: two schools' results, a protocol of
 * the commission re-checking works of both, then each school's part in its own outbox folder and on «Итоги
 * перепроверки» — a clerk sees their own school only, whatever the address asks for — and the coordinator's summary.
 */
class RecheckResultsPageTest {

    @TempDir
    Path dir;

    /** A protocol row of Maths 4: login, school, subject, grade, code, the 15 task points, the expert. */
    private static List<Object> row(String login, String code, Object... points) {
        List<Object> r = new ArrayList<>(List.of(login, "Школа", "Математика", 4, code));
        r.addAll(List.of(points));
        r.add("Иванова");
        return r;
    }

    private static void protocol(Path file, List<List<Object>> rows) {
        List<Object> header = new ArrayList<>(List.of("Логин ОО", "Школа", "Предмет", "Класс", "Код участника"));
        for (int t = 0; t < Protocol.MATH4_TASKS.length; t++) {
            header.add(Protocol.MATH4_TASKS[t] + " (" + Protocol.MATH4_MAX[t] + "б)");
        }
        header.add("Эксперт");
        List<List<Object>> all = new ArrayList<>(List.of(Xlsx.row("Протокол перепроверки работ участников ВПР"), header));
        all.addAll(rows);
        new Xlsx().sheet("Перепроверка", all).write(file);
    }

    @Test
    void eachSchoolGetsItsOwnPartAndTheCoordinatorTheSummary() throws Exception {
        try (Desk desk = new Desk(dir)) {
            Path inbox = dir.resolve("inbox");
            // A: 40001 scored 15 («5»), 40002 10 («4»); B: 50001 scored 6 («3»).
            Protocol.math4().pupilScoring(40001, "4А", 5, 15).pupilScoring(40002, "4А", 4, 10)
                    .write(inbox.resolve("edu990001_Математика_4_2026.xlsx"));
            Protocol.math4().pupilScoring(50001, "4Б", 3, 6).write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));
            take(desk);
            Path ownA = desk.outbox().resolve("edu990001").resolve("Итоги перепроверки ВПР 2026.xlsx");

            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser a = new Browser(server.port());
                a.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                Document before = a.get("/recheck").html();
                assertEquals("Итоги перепроверки, ВПР 2026", before.select("h1").text());
                assertTrue(before.text().contains("Протоколов муниципальной перепроверки работ 2026 года по работам школы пока"
                        + " нет."), before.text());
                assertEquals(404, a.get("/recheck.xlsx").status(), "nothing to download before the protocols");
                assertFalse(Files.exists(ownA));
            });

            desk.clock.advance(java.time.Duration.ofDays(10));
            protocol(inbox.resolve("перепроверка.xlsx"), List.of(
                    // 40001: the last three tasks not counted after all — 14 points, «4».
                    row("edu990001", "40001", 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 0, 0, 0),
                    // 40002: as the school scored it.
                    row("edu990001", "40002", 1, 1, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0),
                    // 50001: 6 points on other tasks.
                    row("edu990002", "50001", 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
            take(desk);

            assertEquals(List.of("Математика, 4 класс | 40001 | 15 | 14 | −1 | 5 | 4 | понижена на 1",
                    "Математика, 4 класс | 40002 | 10 | 10 | 0 | 4 | 4 | подтверждена"), rows(Files.readAllBytes(ownA)));
            assertEquals(List.of("Математика, 4 класс | 50001 | 6 | 6 | 0 | 3 | 3 | подтверждена"), rows(Files.readAllBytes(
                    desk.outbox().resolve("edu990002").resolve("Итоги перепроверки ВПР 2026.xlsx"))));

            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser a = new Browser(server.port());
                a.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                for (String path : List.of("/recheck", "/recheck?school=edu990002")) {
                    Document page = a.get(path).html();
                    assertEquals("МБОУ «СОШ № 1 г. Энска»", page.select("p.lead").text(), path);
                    assertEquals("Перепроверено работ: 2; изменены баллы: 1; изменены отметки: 1 (понижены: 1, повышены: 0);"
                            + " отметка подтвердилась у 1 из 2 работ (50,0 %).", page.select("p.lead + p").text().replace('\u00a0', ' '), path);
                    assertEquals(List.of("40001", "40002"), page.select("tbody tr td:nth-child(2)").eachText(), path);
                    assertFalse(page.text().contains("50001"), "a clerk never sees another school's works: " + path);
                    assertFalse(page.text().contains("← Все школы"), path);
                }
                Browser.Response own = a.get("/recheck.xlsx?school=edu990002");
                assertEquals(200, own.status());
                assertEquals(2, rows(own.bytes()).size(), "the clerk's download is their own school's workbook");

                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document summary = coordinator.get("/recheck").html();
                assertTrue(summary.text().replace('\u00a0', ' ').contains("Перепроверено работ: 3; изменены баллы: 1; изменены отметки: 1 (понижены: 1,"
                        + " повышены: 0); отметка подтвердилась у 2 из 3 работ (66,7 %)."), summary.text());
                assertEquals(List.of("МБОУ «СОШ № 1 г. Энска» 2 1 1 1 0 50,0 %", "МБОУ «Лицей № 2 г. Энска» 1 0 0 0 0 100,0 %"),
                        summary.select("tbody tr").eachText().stream().map(t -> t.replace('\u00a0', ' ')).toList());
                Document ofB = coordinator.get("/recheck?school=edu990002").html();
                assertEquals(List.of("50001"), ofB.select("tbody tr td:nth-child(2)").eachText());
                assertTrue(ofB.text().contains("← Все школы"));
                assertEquals(1, rows(coordinator.get("/recheck.xlsx?school=edu990002").bytes()).size());
                assertEquals(404, coordinator.get("/recheck?school=edu999999").status());
            });
        }
    }

    /** A pass over the inbox once the files dropped have settled, as the watched inbox would make. */
    private static void take(Desk desk) {
        desk.app.pipeline().runOnce();
        desk.clock.advance(java.time.Duration.ofSeconds(11));
        assertTrue(desk.app.pipeline().runOnce().files().size() > 0, "the files dropped were taken");
    }

    /** The data rows of a school's «Итоги перепроверки» workbook, the first eight columns joined. */
    private static List<String> rows(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Итоги перепроверки");
            boolean data = false;
            for (Row row : sheet) {
                String first = format.formatCellValue(row.getCell(0));
                if (data && !first.isBlank()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 8; c++) {
                        cells.add(format.formatCellValue(row.getCell(c)));
                    }
                    out.add(String.join(" | ", cells));
                }
                data |= first.equals("Работа");
            }
        }
        return out;
    }
}
