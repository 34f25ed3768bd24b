package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.App;
import ru.vprsvod.config.Settings;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/** The health endpoint for monitoring and the intake journal for the coordinator, through the real routes. */
class IntakePagesTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void healthIsOpenButNamesNothingAndTheJournalShowsTheCoordinatorEveryStep() throws Exception {
        try (Desk desk = new Desk(dir)) {
            Path inbox = dir.resolve("inbox");
            Protocol.math4().pupil(40001, "4А", 5, FULL).write(inbox.resolve("edu990002_Математика_4_2026.xlsx"));
            Files.writeString(inbox.resolve("edu990003_Математика_4_2026.xlsx"), "не таблица");
            desk.app.pipeline().runOnce();
            desk.clock.advance(Duration.ofSeconds(11));
            List<ReceivedFile> files = desk.app.pipeline().runOnce().files();
            String broken = files.stream().filter(f -> f.originalName().startsWith("edu990003")).findFirst().orElseThrow()
                    .sha256();

            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser anonymous = new Browser(server.port());
                Browser.Response health = anonymous.get("/health");
                assertEquals(200, health.status());
                JsonNode h = new ObjectMapper().readTree(health.body());
                assertEquals("ok", h.get("status").asText(), h.toString());
                assertTrue(h.get("database").asBoolean() && h.get("reference").asBoolean() && h.get("inbox").asBoolean());
                assertEquals(0, h.get("inProcessing").asInt());
                assertFalse(h.has("problems"), "problems in words may name files: for the coordinator only");
                assertEquals(302, anonymous.get("/journal").status());
                assertEquals(401, anonymous.get("/api/journal").status());

                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertEquals(403, clerk.get("/journal").status());
                assertEquals(403, clerk.get("/api/journal").status());

                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                JsonNode journal = new ObjectMapper().readTree(coordinator.get("/api/journal").body());
                assertEquals(13, journal.get("events").size(), "6 steps of the good file, 7 of the quarantined one");
                assertEquals(0, journal.get("unrecordedClaims").size());
                assertEquals(0, journal.get("health").get("problems").size());

                JsonNode oneFile = new ObjectMapper().readTree(coordinator.get("/api/journal?sha256=" + broken).body());
                List<String> steps = new ArrayList<>();
                oneFile.get("events").forEach(e -> steps.add(e.get("step").asText()));
                assertEquals(List.of("CLAIMED", "ARCHIVED", "CHECKED", "QUARANTINED", "RECORDED", "RECEIPT", "DONE"), steps);

                Browser.Response page = coordinator.get("/journal");
                assertEquals(200, page.status());
                assertEquals("Журнал приёма файлов", page.html().select("h1").text());
                String text = page.text();
                assertTrue(text.contains("Состояние: всё в порядке"), text);
                assertTrue(text.contains("не читается — подлинник в карантине"), text);
                assertTrue(text.contains("edu990003_Математика_4_2026.xlsx"), text);
                assertTrue(page.html().select("nav a[href=/journal]").hasText(), "in the coordinator's menu");
                // Steps in words; the claim, checksum and raw record folded away in each row.
                assertTrue(text.contains("записан в базу: принят"), text);
                assertEquals(13, page.html().select("table.journal tbody tr details summary").size());
                assertTrue(page.html().select("nav.pager").isEmpty(), "13 steps fit one page");
            });
        }
    }

    @Test
    void healthSaysServiceUnavailableWhenFilesCannotBeProcessed() throws Exception {
        Settings settings = new Settings(Settings.Mode.SERVE, dir.resolve("inbox"), dir.resolve("outbox"),
                dir.resolve("нет справочника.xlsx"), dir.resolve("templates"), dir.resolve("data"), "127.0.0.1", 0,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2), null, false, null);
        try (App app = App.open(settings, MutableClock.spring2026()).orElseThrow()) {
            app.pipeline().runOnce();
            JavalinTest.test(app.web(), (server, client) -> {
                Browser.Response health = new Browser(server.port()).get("/health");
                assertEquals(503, health.status());
                assertEquals("error", new ObjectMapper().readTree(health.body()).get("status").asText());
                assertEquals(List.of("Справочник не загружен или содержит ошибки: файлы школ не обрабатываются."),
                        app.pipeline().health().problems());
            });
        }
    }
}
