package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/** Regression tests for the desk's rough edges: page titles, the guide, password resets, odd codes in protocols. */
class DeskDefectsTest {

    @Test
    void uploadErrorsAreNotTitledNoAccess(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                clerk.get("/");
                List<Browser.Part> many = new ArrayList<>();
                for (int i = 0; i < 21; i++) {
                    many.add(new Browser.Part("files", i + ".xlsx", new byte[] {'P', 'K', 3, 4}));
                }
                Browser.Response tooMany = clerk.multipart("/upload", Map.of(), many);
                assertEquals(400, tooMany.status());
                assertEquals("Файлы не приняты — ВПР-Свод", tooMany.html().title());
                Browser.Response none = clerk.multipart("/upload", Map.of(), List.of());
                assertEquals("Файлы не приняты — ВПР-Свод", none.html().title(), none.text());
            });
        }
    }

    @Test
    void templatesGuideIsAPageEvenWithoutReadmeInTheTemplatesFolder(@TempDir Path dir) throws Exception {
        try (Desk desk = new Desk(dir)) {
            Files.delete(dir.resolve("templates").resolve("README.md"));
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Browser.Response guide = coordinator.get("/templates/guide");
                assertEquals(200, guide.status());
                assertTrue(guide.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
                assertEquals("Руководство по шаблонам — ВПР-Свод", guide.html().title());
                assertEquals("Как составить шаблон документа", guide.html().select("article.guide h1").first().text());
                assertFalse(guide.html().select("article.guide table").isEmpty(), "the Markdown tables are tables");
                assertFalse(guide.body().contains("## "), "no raw Markdown");
            });
        }
    }

    @Test
    void issuingANewPasswordAsksFirstAndNeverOnTheCoordinatorsOwnRow(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Browser.Response list = coordinator.get("/accounts");
                assertEquals(2, list.html().select("form[action=/accounts/reset]").size(), "the two schools, not the coordinator");
                Browser.Response asked = coordinator.post("/accounts/reset", Map.of("login", Desk.SCHOOL_A));
                assertEquals("Выдать новый пароль? — ВПР-Свод", asked.html().title());
                assertTrue(asked.html().select("#confirm-reset").text().startsWith("Выдать новый пароль для «edu990001»"),
                        asked.text());
                assertEquals(302, new Browser(server.port()).signIn(Desk.SCHOOL_A, Desk.PASSWORD).status(),
                        "nothing changed before the confirmation");
                Browser.Response issued = coordinator.post("/accounts/reset", Map.of("login", Desk.SCHOOL_A, "confirm", "yes"));
                assertEquals(200, issued.status());
                String password = issued.html().select("section.issued code").text();
                assertFalse(password.isEmpty());
                assertEquals(401, new Browser(server.port()).signIn(Desk.SCHOOL_A, Desk.PASSWORD).status());
                Browser.Response later = coordinator.get("/accounts");
                assertFalse(later.body().contains(password), "shown only in the answer that issued it");
                assertTrue(later.html().select("section.issued").text().contains("Выдано новых паролей: 1."), later.text());
                Browser.Response own = coordinator.post("/accounts/reset", Map.of("login", Desk.COORDINATOR, "confirm", "yes"));
                assertEquals(400, own.status());
                assertEquals("Свой пароль нельзя заменить выданным: смените его на странице «Пароль».",
                        own.html().select("p.error").text());
                assertEquals(302, new Browser(server.port()).signIn(Desk.COORDINATOR, Desk.PASSWORD).status());
            });
        }
    }

    @Test
    void theCoordinatorMenuIsHiddenWhileAOneTimePasswordMustBeChanged(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            String once = desk.app.accounts().issueCoordinator("ivanova").orElseThrow().password();
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn("ivanova", once);
                Browser.Response form = coordinator.get("/password");
                assertTrue(form.html().select("nav").hasAttr("hidden"), form.body());
                assertTrue(form.html().select("nav:not([hidden]) a").isEmpty());
            });
        }
    }

    @Test
    void codesAndClassesWithMarkupOrFormulasAreAcceptedWithAWarning(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                clerk.get("/");
                Protocol form = Protocol.math4().pupilScoring("<script>alert(1)</script>", "4А", 5, 10)
                        .pupilScoring("=HYPERLINK(\"http://evil.example\",\"x\")", "4А", 4, 12)
                        .pupilScoring(40003, "4<img src=x>", 4, 12)
                        .pupilScoring(40004, "4А", 4, 12);
                Browser.Response sent = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files",
                        "edu990001_Математика_4_2026.xlsx", Uploading.xlsx(form))));
                assertEquals(200, sent.status(), sent.text());
                assertTrue(sent.html().select("section.receipt p.verdict").text().startsWith("Результат: принят с замечаниями"),
                        sent.text());
                String problems = sent.html().select("table.problems").text();
                assertEquals(2, count(problems, "код участника не похож на код: в нём есть знаки, которых в кодах не бывает"),
                        problems);
                assertEquals(1, count(problems, "класс указан непонятно: в нём есть знаки, которых в названиях классов не бывает"),
                        problems);
                assertFalse(sent.body().contains("<script>alert"), "escaped when shown");
            });
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
