package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/** A clerk reads and sends only for their own school; the coordinator sees every school. */
class SchoolIsolationTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    private static List<Browser.Part> file(String name, byte[] content) {
        return List.of(new Browser.Part("files", name, content));
    }

    private static long fileId(Browser.Response r) {
        return Long.parseLong(r.html().select("section.receipt").attr("id").replace("file-", ""));
    }

    @Test
    void anUploadAnswersWithARedirectSoThatReloadingDoesNotSendTheFileAgain() throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser a = new Browser(server.port());
                Browser b = new Browser(server.port());
                a.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                b.signIn(Desk.SCHOOL_B, Desk.PASSWORD);
                a.get("/");
                byte[] valid = Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, FULL));
                Browser.Response sent = a.multipartAsIs("/upload", Map.of(), file("edu990001_Математика_4_2026.xlsx", valid));
                assertEquals(303, sent.status());
                assertTrue(sent.location().startsWith("/checked?ids="), sent.location());
                Browser.Response page = a.get(sent.location());
                assertEquals(200, page.status());
                assertEquals("Результат проверки файла", page.html().select("h1").text());
                Browser.Response again = a.get(sent.location());
                assertEquals(fileId(page), fileId(again), "reloading shows the same receipt");
                assertEquals(404, b.get(sent.location()).status(), "another school's receipts are not found");
            });
        }
    }

    @Test
    void clerksSeeOnlyTheirSchoolAndCannotSendForAnother() throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser a = new Browser(server.port());
                Browser b = new Browser(server.port());
                Browser coordinator = new Browser(server.port());
                a.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                b.signIn(Desk.SCHOOL_B, Desk.PASSWORD);
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                byte[] valid = Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 4, 11));

                a.get("/");
                // The school comes from the sign-in: a «school» field sent by a clerk is ignored.
                Browser.Response sentByA = a.multipart("/upload", Map.of("school", Desk.SCHOOL_B, "subject", "Математика",
                        "grade", "4", "year", "2026"), file("результаты.xlsx", valid));
                assertEquals(200, sentByA.status(), sentByA.text());
                assertEquals("Результат: принят. Замечаний нет, данные учтены.", sentByA.html().select("p.verdict").text());
                assertTrue(sentByA.text().contains("Школа МБОУ «СОШ № 1 г. Энска» (edu990001)"), sentByA.text());
                long aFile = fileId(sentByA);

                b.get("/");
                byte[] validB = Uploading.xlsx(Protocol.math4().pupil(50001, "4Б", 5, FULL));
                long bFile = fileId(b.multipart("/upload", Map.of(), file("edu990002_Математика_4_2026.xlsx", validB)));

                // A file naming another school is refused for a clerk, and its receipt stays with the sender; that
                // school B has already sent the very same content is not revealed (it is no «duplicate» for A).
                Browser.Response forB = a.multipart("/upload", Map.of(), file("edu990002_Математика_4_2026.xlsx", validB));
                assertEquals("Результат: отклонён. Данные не учтены: исправьте ошибки и отправьте файл заново.",
                        forB.html().select("p.verdict").text());
                assertEquals("файл прислан от имени школы МБОУ «СОШ № 1 г. Энска» (edu990001), а в имени файла указана"
                        + " другая школа", forB.html().select("table.problems tbody td").get(3).text());
                long rejected = fileId(forB);

                for (String path : List.of("/files/" + bFile, "/files/" + bFile + "/receipt", "/api/files/" + bFile)) {
                    Browser.Response r = a.get(path);
                    assertEquals(404, r.status(), path);
                    assertTrue(r.body().contains("Нет такого файла."), path);
                }
                assertEquals(200, a.get("/files/" + aFile).status());
                assertEquals(200, a.get("/files/" + rejected).status());
                assertEquals(404, b.get("/files/" + aFile).status());
                assertEquals(404, b.get("/files/" + rejected).status());
                Browser.Response receipt = a.get("/files/" + aFile + "/receipt");
                assertEquals(200, receipt.status());
                assertTrue(receipt.body().contains("ПРОТОКОЛ ПРОВЕРКИ ФАЙЛА № " + aFile), receipt.body());

                Document home = a.get("/").html();
                assertEquals(List.of(String.valueOf(rejected), String.valueOf(aFile)),
                        home.select("table.files tbody tr td:first-child").eachText());

                ObjectMapper json = new ObjectMapper();
                JsonNode files = json.readTree(a.get("/api/files").body()).get("files");
                assertEquals(2, files.size());
                files.forEach(f -> assertEquals(Desk.SCHOOL_A, f.get("school").asText()));
                JsonNode campaign = json.readTree(a.get("/api/campaign/2026").body());
                campaign.get("works").forEach(w -> w.get("schools").forEach(s -> assertEquals(Desk.SCHOOL_A, s.get("login").asText())));
                assertEquals(List.of(Desk.SCHOOL_A), campaign.get("missing").findValuesAsText("login").stream().distinct().toList());
                assertEquals("{\"login\":\"edu990001\",\"role\":\"school\",\"school\":\"edu990001\",\"mustChangePassword\":false}",
                        a.get("/api/me").body());

                // The coordinator sees every school's files and receipts.
                assertEquals(3, json.readTree(coordinator.get("/api/files").body()).get("files").size());
                assertEquals(200, coordinator.get("/files/" + bFile).status());
                assertEquals(200, coordinator.get("/files/" + bFile + "/receipt").status());
                JsonNode coordinatorsView = json.readTree(coordinator.get("/api/campaign/2026").body());
                assertEquals(2, coordinatorsView.get("works").findValuesAsText("login").stream().distinct().count());
                assertFalse(coordinator.get("/files").text().isEmpty());
            });
        }
    }
}
