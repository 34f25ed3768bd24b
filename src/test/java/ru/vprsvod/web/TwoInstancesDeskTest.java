package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.App;
import ru.vprsvod.testing.Postgres;
import ru.vprsvod.testing.Protocol;

/**
 * Two instances of the service on one PostgreSQL database and shared folders, as behind a proxy: a clerk signed in
 * on one is signed in on the other, a file sent to either is counted once, «Сформировать заново» works on the one
 * that does not make the outputs (it waits for its turn to write), and when the maker stops the other takes over.
 */
class TwoInstancesDeskTest {

    @TempDir
    Path dir;

    @Test
    void eitherInstanceServesTheDeskAndRegeneratingOnTheOneThatDoesNotMakeTheOutputsWorks() throws Exception {
        try (Desk desk = new Desk(dir, Postgres.freshSchemaUrl())) {
            App second = desk.another(); // the desk made the first pass: the first instance makes the outputs
            second.pipeline().runOnce(); // as a start does: the reference read
            try {
                ObjectMapper json = new ObjectMapper();
                JavalinTest.test(desk.app.web(), (one, c1) -> JavalinTest.test(second.web(), (other, c2) -> {
                    Browser clerk = new Browser(one.port());
                    assertEquals(302, clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD).status());
                    Browser sameClerkOnTheOther = clerk.at(other.port());
                    assertEquals(200, sameClerkOnTheOther.get("/").status(), "the session is the database's, not the instance's");

                    Browser.Response sent = sameClerkOnTheOther.multipart("/upload", Map.of(), List.of(new Browser.Part("files",
                            "edu990001_Математика_4_2026.xlsx", Uploading.xlsx(Protocol.math4().pupilScoring(40001, "4А", 5, 10)))));
                    assertEquals("Результат: принят. Замечаний нет, данные учтены.", sent.html().select("p.verdict").text(),
                            sent.text());
                    assertEquals(200, clerk.get("/files/1").status(), "the receipt is seen on the first instance too");

                    // The second's pass leaves the outputs to the first, whose pass brings them up to date.
                    second.pipeline().runOnce();
                    desk.app.pipeline().runOnce();
                    assertEquals(1, json.readTree(desk.outbox().resolve("report.json").toFile()).get("files").size());

                    Browser coordinator = new Browser(other.port());
                    coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                    coordinator.get("/documents"); // the form's token, as a coordinator opens the page first
                    Browser.Response started = coordinator.post("/documents/regenerate", Map.of());
                    assertEquals(302, started.status());
                    String job = started.location().replace("/documents/jobs/", "");
                    String state = "";
                    for (int i = 0; i < 300 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
                        state = json.readTree(coordinator.get("/api/jobs/" + job).body()).get("state").asText();
                        Thread.sleep(100);
                    }
                    assertEquals("Готово: документы сформированы заново.",
                            coordinator.get("/documents/jobs/" + job).html().select("#job-status").text());
                    assertTrue(Files.isRegularFile(desk.outbox().resolve("Аналитическая справка ВПР 2026.docx")));
                }));

                // The maker stops: the other instance's next pass makes the outputs of a file sent meanwhile.
                desk.app.close();
                Protocol.math4().pupilScoring(40101, "4А", 4, 12).write(Files.createDirectories(dir.resolve("inbox")
                        .resolve(Desk.SCHOOL_B)).resolve("edu990002_Математика_4_2026.xlsx"));
                int taken = 0;
                int listed = 0;
                // A whole file is taken once it stood a second (the desk's clock); the server ends the first's session a moment
                // after it closed.
                for (int i = 0; i < 50 && listed < 2; i++) {
                    taken += second.pipeline().runOnce().files().size();
                    listed = json.readTree(desk.outbox().resolve("report.json").toFile()).get("files").size();
                    desk.clock.advance(java.time.Duration.ofSeconds(2));
                    Thread.sleep(100);
                }
                assertEquals(1, taken);
                assertEquals(2, listed, "the outputs are the survivor's now");
            } finally {
                second.close();
                desk.restart(); // the desk closes its app when the test ends
            }
        }
    }
}
