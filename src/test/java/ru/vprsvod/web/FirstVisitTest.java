package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.App;
import ru.vprsvod.config.Settings;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * What a department meets first: a sign-in page that tells the first coordinator what to run, a loud banner on
 * every coordinator's page while no reference is loaded, and blanks for works whose reference has no task list.
 */
class FirstVisitTest {

    /** Математика, 5 класс, 2026: no task list in the example reference; these add up to its maximum of 20. */
    private static final String[] MATH5 = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"};
    private static final int[] MATH5_MAX = {1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 2, 2, 2, 2};

    @TempDir
    Path dir;

    private App app(MutableClock clock) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Settings settings = new Settings(Settings.Mode.SERVE, dir.resolve("inbox"), dir.resolve("outbox"),
                templates.resolve("справочник.xlsx"), templates, dir.resolve("data"), "127.0.0.1", 0, Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2), null, false, null);
        return App.open(settings, clock).orElseThrow();
    }

    @Test
    void theSignInPageTellsTheFirstCoordinatorWhatToRunUntilThereIsOne() throws Exception {
        try (App app = app(MutableClock.spring2026())) {
            JavalinTest.test(app.web(), (server, client) -> {
                Browser visitor = new Browser(server.port());
                Document first = visitor.get("/login").html();
                assertEquals("Первый запуск", first.select("#first-start h2").text());
                assertEquals("java -jar target/vpr-svod.jar coordinator --login ЛОГИН", first.select("#first-start pre").text(),
                        "the README's jar path, as typed in the program's folder");
                assertTrue(first.select("#first-start").text().contains("Команда напечатает одноразовый пароль"));

                app.accounts().issueCoordinator(Desk.COORDINATOR);
                assertTrue(visitor.get("/login").html().select("#first-start").isEmpty(), "only until a coordinator exists");
            });
        }
    }

    @Test
    void everyCoordinatorPageSaysLoudlyThatNoReferenceIsLoadedAndWhereItWasLookedFor() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        try (App app = app(clock)) {
            app.pipeline().runOnce();
            String once = app.accounts().issueCoordinator(Desk.COORDINATOR).orElseThrow().password();
            app.accounts().changePassword(Desk.COORDINATOR, once, Desk.PASSWORD);
            var school = app.accounts().issueSchools(List.of(Desk.SCHOOL_A)).get(0);
            app.accounts().changePassword(Desk.SCHOOL_A, school.password(), Desk.PASSWORD);
            Path reference = dir.resolve("templates").resolve("справочник.xlsx").toAbsolutePath();
            JavalinTest.test(app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                for (String page : List.of("/", "/files", "/journal", "/templates", "/accounts")) {
                    Document html = coordinator.get(page).html();
                    assertEquals("Файлы школ не принимаются: справочник не найден: " + reference + ".",
                            html.select("#no-reference strong").text(), page);
                    assertTrue(html.select("#no-reference").text().contains("Если программа запущена не из своей папки"), page);
                }
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertTrue(clerk.get("/").html().select("#no-reference").isEmpty(), "the banner is the coordinator's");

                ReferenceWorkbook.example().write(reference);
                app.pipeline().runOnce();
                assertTrue(coordinator.get("/").html().select("#no-reference").isEmpty(), "gone once a reference is loaded");
            });
        }
    }

    @Test
    void aWorkWithoutATaskListGetsItsBlankFromAnAcceptedFileOrTheReasonWhyNot() throws Exception {
        try (Desk desk = new Desk(dir)) {
            Protocol math5 = new Protocol(MATH5, MATH5_MAX);
            math5.pupil(50001, "5А", 4, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 2, 1, 0, 0);
            Path sent = math5.write(dir.resolve("edu990002_Математика_5_2026.xlsx"));
            try (var in = Files.newInputStream(sent)) {
                desk.app.pipeline().upload(in, sent.getFileName().toString(), Desk.SCHOOL_B, null, null, null).orElseThrow();
            }
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                Document forms = clerk.get("/forms").html();
                assertTrue(forms.select("#blanks li").eachText().contains("Математика, 5 класс, 2026 — задания — как в протоколе"
                        + " этой работы, уже принятом от школы района (в справочнике их нет)"), forms.select("#blanks").text());
                assertEquals(List.of("Русский язык, 5 класс, 2026"), forms.select("#without-blank li").eachText(),
                        "neither a task list nor a file: said, not silently left out");
                assertTrue(forms.select("main").text().contains("Для этих работ в справочнике нет списка заданий"));

                Browser.Response blank = clerk.get("/forms/blank?work=" + Browser.enc("2026|Математика|5"));
                assertEquals(200, blank.status());
                byte[] filled;
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(blank.bytes()))) {
                    XSSFSheet protocol = book.getSheet("Протокол");
                    int header = -1;
                    for (Row row : protocol) {
                        if (row.getCell(0) != null && "Код".equals(row.getCell(0).getStringCellValue())) {
                            header = row.getRowNum();
                        }
                    }
                    assertEquals("1 (1б)", protocol.getRow(header).getCell(2).getStringCellValue());
                    assertEquals("14 (2б)", protocol.getRow(header).getCell(15).getStringCellValue());
                    Row pupil = protocol.createRow(header + 1);
                    pupil.createCell(0).setCellValue(50101);
                    pupil.createCell(1).setCellValue(1);
                    for (int t = 0; t < MATH5.length; t++) {
                        pupil.createCell(2 + t).setCellValue(MATH5_MAX[t]);
                    }
                    pupil.createCell(16).setCellValue("5Б");
                    pupil.createCell(17).setCellValue("ж");
                    pupil.createCell(18).setCellValue(5);
                    pupil.createCell(19).setCellValue(20);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    book.write(out);
                    filled = out.toByteArray();
                }
                clerk.get("/");
                Browser.Response answer = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "Книга1.xlsx", filled)));
                assertEquals("Результат: принят. Замечаний нет, данные учтены.", answer.html().select("p.verdict").text(), answer.text());

                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                String hint = coordinator.get("/forms").html().select("#blanks li").eachText().stream()
                        .filter(t -> t.startsWith("Математика, 5 класс, 2026")).findFirst().orElseThrow();
                assertTrue(hint.contains("задания — как в файле, принятом 21.05.2026 от "), hint);
                assertEquals(404, coordinator.get("/forms/blank?school=edu990001&work=" + Browser.enc("2026|Русский язык|5")).status());
            });
        }
    }
}
