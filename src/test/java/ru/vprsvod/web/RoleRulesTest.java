package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/** Every role rule through the real routes: anonymous, a clerk of school A, of school B, the coordinator. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleRulesTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    private Desk desk;

    @BeforeAll
    void desk(@TempDir Path dir) {
        desk = new Desk(dir);
    }

    @AfterAll
    void close() {
        desk.close();
    }

    static byte[] math4(String school) {
        return Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 4, 11));
    }

    @Test
    void anonymousGetsNothingButTheSignInPageAndHealth() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser anonymous = new Browser(server.port());
            assertEquals(200, anonymous.get("/health").status());
            Browser.Response login = anonymous.get("/login");
            assertEquals(200, login.status());
            assertEquals("Вход", login.html().select("h1").text());
            assertEquals(200, anonymous.get("/static/style.css").status());
            for (String path : List.of("/", "/files", "/files/1", "/files/1/receipt", "/forms", "/forms/blank?work=2026%7CМатематика%7C4",
                    "/stats", "/documents", "/outbox/report.json", "/charts/marks.png?year=2026&subject=Математика&grade=4",
                    "/templates", "/accounts", "/password", "/upload")) {
                Browser.Response r = anonymous.get(path);
                assertEquals(302, r.status(), path);
                assertTrue(r.location().startsWith("/login?next="), path + " → " + r.location());
            }
            for (String path : List.of("/api/me", "/api/years", "/api/campaign/2026", "/api/files", "/api/files/1",
                    "/api/status/2026", "/api/report", "/api/jobs/1")) {
                Browser.Response r = anonymous.get(path);
                assertEquals(401, r.status(), path);
                assertEquals("{\"error\":\"Войдите в систему: откройте страницу входа и введите логин и пароль.\"}", r.body(), path);
            }
            Browser.Response upload = anonymous.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "a.xlsx", math4(Desk.SCHOOL_A))));
            assertEquals(401, upload.status());
            assertEquals(401, anonymous.post("/documents/regenerate", Map.of()).status());
        });
    }

    @Test
    void aClerkCannotOpenTheCoordinatorsPagesOrApi() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser clerk = new Browser(server.port());
            assertEquals("/", clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD).location());
            for (String path : List.of("/files", "/stats", "/stats/work?year=2026&subject=Математика&grade=4", "/documents",
                    "/outbox/report.json", "/charts/marks.png?year=2026&subject=Математика&grade=4",
                    "/charts/scores.png?year=2026&subject=Математика&grade=4", "/templates", "/templates/file?key=reference",
                    "/accounts", "/accounts/issued.xlsx", "/upload", "/documents/jobs/1", "/api/status/2026", "/api/report",
                    "/api/jobs/1")) {
                Browser.Response r = clerk.get(path);
                assertEquals(403, r.status(), path);
                assertTrue(r.body().contains("Нет доступа: эта страница для муниципального координатора."), path);
            }
            clerk.get("/");
            for (String path : List.of("/documents/regenerate", "/accounts/schools", "/accounts/reset", "/accounts/coordinators",
                    "/accounts/issued/clear")) {
                assertEquals(403, clerk.post(path, Map.of("login", Desk.SCHOOL_B)).status(), path);
            }
            assertEquals(403, clerk.multipart("/templates/replace", Map.of("key", "reference"),
                    List.of(new Browser.Part("file", "x.xlsx", new byte[] {1}))).status());
        });
    }
}
