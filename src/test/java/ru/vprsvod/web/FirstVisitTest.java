package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.App;
import ru.vprsvod.config.Settings;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * What a department meets first: a sign-in page that tells the first coordinator what to run, and a loud banner on
 * every coordinator's page while no reference is loaded.
 */
class FirstVisitTest {

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
}
