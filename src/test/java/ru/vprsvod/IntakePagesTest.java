package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.web.WebApp;

/** The health endpoint for monitoring and the journal for the coordinator, through the real routes. */
class IntakePagesTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.spring2026();

    @Test
    void healthAndTheJournalShowEveryStepOfEveryFile() throws Exception {
        Department d = new Department(dir);
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(d.inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        Files.writeString(d.inbox.resolve("edu990003_Математика_4_2026.xlsx"), "не таблица");
        try (App app = d.open(d.settings(), clock)) {
            List<ReceivedFile> files = app.pipeline().runOnce().files();
            String broken = files.stream().filter(f -> f.originalName().startsWith("edu990003")).findFirst().orElseThrow()
                    .sha256();

            JavalinTest.test(WebApp.create(app.references, app.store, app.consolidator, app.outbox, app.pipeline, app.clock),
                    (server, client) -> {
                        var health = client.get("/health");
                        assertEquals(200, health.code());
                        JsonNode h = new ObjectMapper().readTree(health.body().string());
                        assertEquals("ok", h.get("status").asText(), h.toString());
                        assertTrue(h.get("database").asBoolean() && h.get("reference").asBoolean() && h.get("inbox").asBoolean());
                        assertEquals(0, h.get("inProcessing").asInt());

                        JsonNode journal = new ObjectMapper().readTree(client.get("/api/journal").body().string());
                        assertEquals(13, journal.get("events").size(), "6 steps of the good file, 7 of the quarantined one");
                        assertEquals(0, journal.get("unrecordedClaims").size());

                        JsonNode oneFile = new ObjectMapper().readTree(client.get("/api/journal?sha256=" + broken).body().string());
                        List<String> steps = new ArrayList<>();
                        oneFile.get("events").forEach(e -> steps.add(e.get("step").asText()));
                        assertEquals(List.of("CLAIMED", "ARCHIVED", "CHECKED", "QUARANTINED", "RECORDED", "RECEIPT", "DONE"), steps);

                        var page = client.get("/journal");
                        assertEquals(200, page.code());
                        String html = page.body().string();
                        assertTrue(html.contains("<h1>Журнал приёма файлов</h1>"), html);
                        assertTrue(html.contains("Состояние: всё в порядке"), html);
                        assertTrue(html.contains("не читается — подлинник в карантине"), html);
                        assertTrue(html.contains("edu990003_Математика_4_2026.xlsx"), html);
                    });
        }
    }

    @Test
    void healthSaysServiceUnavailableWhenFilesCannotBeProcessed() throws Exception {
        Department d = new Department(dir);
        Files.delete(d.reference);
        try (App app = d.open(d.settings(), clock)) {
            app.pipeline().runOnce();
            JavalinTest.test(WebApp.create(app.references, app.store, app.consolidator, app.outbox, app.pipeline, app.clock),
                    (server, client) -> {
                        var health = client.get("/health");
                        assertEquals(503, health.code());
                        JsonNode h = new ObjectMapper().readTree(health.body().string());
                        assertEquals("error", h.get("status").asText());
                        assertEquals("Справочник не загружен или содержит ошибки: файлы школ не обрабатываются.",
                                h.get("problems").get(0).asText());
                    });
        }
    }
}
