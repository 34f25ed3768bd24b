package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceLoader;
import ru.vprsvod.reference.ReferenceReading;
import ru.vprsvod.testing.FilledSchedule;

/** The «График» through the real desk: a clerk's blank and upload, the coordinator's district calendar by day. */
class SchedulePageTest {

    @TempDir
    Path dir;

    private Reference reference(Desk desk) {
        return ((ReferenceReading.Loaded) ReferenceLoader.load(desk.dir.resolve("templates").resolve("справочник.xlsx"))).reference();
    }

    @Test
    void aClerkTakesTheBlankAndSendsItAndTheCoordinatorSeesTheDistrictByDayAndWhoHasNotSent() throws Exception {
        try (Desk desk = new Desk(dir)) {
            Reference reference = reference(desk);
            Path temporary = Files.createDirectories(dir.resolve("tmp"));
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                Document forms = clerk.get("/forms").html();
                assertEquals("Скачать бланк графика (.xlsx) — строки работ школы уже заполнены: впишите дату и классы,"
                        + " сохраните и отправьте файл, как файл с результатами. Принятого графика пока нет.",
                        forms.select("h2#schedule + p").text());
                Browser.Response blank = clerk.get("/forms/schedule");
                assertEquals(200, blank.status());
                assertTrue(blank.headers().firstValue("Content-Disposition").orElseThrow()
                        .contains(Html.url("edu990001_График_ВПР_2026.xlsx")), blank.headers().map().toString());
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank.bytes()))) {
                    assertEquals("edu990001", wb.getSheet("График").getRow(1).getCell(1).getStringCellValue());
                }
                assertEquals(200, clerk.get("/forms/schedule?school=edu990002").status(), "a clerk's own school, whatever is asked");

                byte[] filled = new FilledSchedule(reference, "edu990001")
                        .line(LocalDate.of(2026, 4, 15), "Математика", 4, "4А, 4Б")
                        .line(LocalDate.of(2026, 4, 16), "Русский язык", 4, "4А, 4Б")
                        .line(LocalDate.of(2026, 4, 15), "Математика", 5, "5А")
                        .line(LocalDate.of(2026, 4, 22), "Русский язык", 5, "5А").bytes(temporary);
                Document receipt = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "график.xlsx", filled))).html();
                assertEquals("Результат: принят. Замечаний нет, данные учтены.", receipt.select("p.verdict").text());
                assertEquals(List.of("Получен", "Школа", "Вид", "Принятый график"), receipt.select("dl.facts dt").eachText());
                assertEquals(List.of("15.04.2026 — Математика, 4 класс: 4А, 4Б", "16.04.2026 — Русский язык, 4 класс: 4А, 4Б",
                        "15.04.2026 — Математика, 5 класс: 5А", "22.04.2026 — Русский язык, 5 класс: 5А").stream().sorted().toList(),
                        receipt.select("dl.facts li").eachText().stream().sorted().toList());
                assertEquals("Скачать бланк графика (.xlsx) — строки работ школы уже заполнены: впишите дату и классы,"
                        + " сохраните и отправьте файл, как файл с результатами. Действует график, принятый 21.05.2026 10:00"
                        + " (протокол № 1): 4 строки.", clerk.get("/forms").html().select("h2#schedule + p").text());
                assertEquals(clerk.get("/forms").html().select("h2#schedule + p").text(),
                        clerk.get("/").html().select("h2#schedule + p").text(), "the clerk's start page says the same");

                // The other clerk's schedule is refused: the earlier one of that school is none, and it says so.
                desk.clock.advance(Duration.ofMinutes(30));
                Browser other = new Browser(server.port());
                other.signIn(Desk.SCHOOL_B, Desk.PASSWORD);
                other.get("/");
                byte[] outside = new FilledSchedule(reference, "edu990002")
                        .line(LocalDate.of(2026, 6, 1), "Математика", 4, "4А").bytes(temporary);
                Document refused = other.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "график.xlsx", outside))).html();
                assertEquals("Принятого графика школы пока нет.", refused.select("p.notice").text(), refused.select("main").text());
                assertEquals(403, other.get("/schedule").status());
                assertEquals(403, other.get("/api/schedule").status());

                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/schedule").html();
                assertEquals("График", page.select("nav a.active").text());
                assertEquals("Ожидается графиков: 8 Получено: 1 Не прислали: 7", page.select("ul.counts").text());
                assertEquals(List.of("edu990002", "edu990003", "edu990004", "edu990005", "edu990006", "edu990007", "edu990008"),
                        page.select("table.owing tbody tr").eachAttr("data-school"));
                var lyceum = reference.school("edu990002").orElseThrow();
                assertEquals("МБОУ «Лицей № 2 г. Энска» edu990002 " + lyceum.headPosition() + " " + lyceum.headName() + " "
                        + lyceum.address() + " отклонён: протокол № 2 от 21.05.2026 10:30 бланк (.xlsx)",
                        page.select("table.owing tr[data-school=edu990002]").text());
                assertEquals("/files/2", page.select("table.owing tr[data-school=edu990002] a").first().attr("href"));
                assertEquals("/forms/schedule?school=edu990003", page.select("table.owing tr[data-school=edu990003] a").attr("href"));
                assertEquals("не присылала", page.select("table.owing tr[data-school=edu990003] td").get(2).text());
                assertEquals(List.of(
                        "15.04.2026, среда МБОУ «СОШ № 1 г. Энска» edu990001 Математика, 4 класс 4А, 4Б",
                        "МБОУ «СОШ № 1 г. Энска» edu990001 Математика, 5 класс 5А",
                        "16.04.2026, четверг МБОУ «СОШ № 1 г. Энска» edu990001 Русский язык, 4 класс 4А, 4Б",
                        "22.04.2026, среда МБОУ «СОШ № 1 г. Энска» edu990001 Русский язык, 5 класс 5А"),
                        page.select("table.schedule tbody tr").eachText());
                assertEquals("МБОУ «СОШ № 1 г. Энска» edu990001 4 с 15.04.2026 по 22.04.2026 протокол № 1 от 21.05.2026 10:00",
                        page.select("table.received tbody tr").text());
                Browser.Response schoolsBlank = coordinator.get("/forms/schedule?school=edu990003");
                assertEquals(200, schoolsBlank.status());
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(schoolsBlank.bytes()))) {
                    assertEquals("edu990003", wb.getSheet("График").getRow(1).getCell(1).getStringCellValue());
                }
                assertEquals(404, coordinator.get("/forms/schedule?school=edu000000").status());

                // «Файлы»: a schedule is named as such, and the one in force says so.
                var files = coordinator.get("/files").html().select("table tbody tr");
                assertEquals(List.of("2 График проведения ВПР 2026 —", "1 График проведения ВПР 2026 да — данные этого файла учитываются"),
                        files.stream().map(tr -> tr.select("td").get(0).text() + " " + tr.select("td").get(4).text() + " "
                                + tr.select("td.in-force").text()).toList());

                var json = new ObjectMapper().readTree(coordinator.get("/api/schedule").body());
                assertEquals(2026, json.get("year").asInt());
                assertEquals("[\"edu990002\",\"edu990003\",\"edu990004\",\"edu990005\",\"edu990006\",\"edu990007\",\"edu990008\"]",
                        json.get("missing").toString());
                assertEquals("{\"date\":\"2026-04-15\",\"sittings\":[{\"school\":\"edu990001\",\"name\":\"МБОУ «СОШ № 1 г. Энска»\","
                        + "\"subject\":\"Математика\",\"grade\":4,\"classes\":[\"4А\",\"4Б\"]},{\"school\":\"edu990001\",\"name\":"
                        + "\"МБОУ «СОШ № 1 г. Энска»\",\"subject\":\"Математика\",\"grade\":5,\"classes\":[\"5А\"]}]}",
                        json.get("days").get(0).toString());
                assertEquals(3, json.get("days").size());
                assertEquals("{\"login\":\"edu990002\",\"name\":\"МБОУ «Лицей № 2 г. Энска»\",\"sent\":false,\"fileId\":null,"
                        + "\"sittings\":0,\"laterRejected\":2}", json.get("schools").get(1).toString());
            });
        }
    }
}
