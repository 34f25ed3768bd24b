package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed-in sessions kept in the database: a restart signs nobody out; a disabled account is out at once. */
class SessionsInTheDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aRestartSignedEveryoneOut() throws Exception {
        try (Desk desk = new Desk(dir)) {
            Browser[] clerk = new Browser[1];
            JavalinTest.test(desk.app.web(), (server, client) -> {
                clerk[0] = new Browser(server.port());
                assertEquals(302, clerk[0].signIn(Desk.SCHOOL_A, Desk.PASSWORD).status());
                assertEquals(200, clerk[0].get("/").status());
            });
            desk.restart();
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser same = clerk[0].at(server.port());
                Browser.Response page = same.get("/");
                assertEquals(200, page.status(), "still signed in after the restart");
                assertTrue(page.body().contains(Desk.SCHOOL_A), "the clerk's own page");
                // The form token of the session survived too: a form opened before the restart is accepted after it.
                assertEquals(302, same.post("/logout", Map.of()).status());
                assertEquals(302, same.get("/").status(), "signed out now");
                assertTrue(same.get("/").location().startsWith("/login"));
            });
        }
    }

    @Test
    void theCookieIdIsNotInTheDatabaseOnlyItsHash() throws Exception {
        try (Desk desk = new Desk(dir)) {
            String[] cookie = new String[1];
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                Browser.Response signedIn = clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                cookie[0] = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0].split("=", 2)[1];
            });
            List<String> stored = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("vpr-svod.db"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT token_hash, login FROM sessions")) {
                while (rs.next()) {
                    stored.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(cookie[0].getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(hash + " " + Desk.SCHOOL_A), stored);
            assertFalse(stored.toString().contains(cookie[0]));
        }
    }

    @Test
    void aDisabledAccountIsSignedOutAtOnceAndCannotSignInUntilEnabled() {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                assertEquals(302, clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD).status());
                Browser coordinator = new Browser(server.port());
                assertEquals(302, coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD).status());
                Browser.Response list = coordinator.get("/accounts");
                assertEquals("включена; сейчас входов: 1", list.html().select("tr:has(td:eq(0):containsOwn(" + Desk.SCHOOL_A
                        + ")) td:eq(5)").text());

                Browser.Response disabled = coordinator.post("/accounts/disable", Map.of("login", Desk.SCHOOL_A));
                assertEquals(200, disabled.status());
                assertEquals("Учётная запись «edu990001» отключена: войти под ней нельзя, начатые входы завершены. Файлы"
                        + " школы из общей папки по-прежнему принимаются; её файлы и протоколы сохраняются.",
                        disabled.html().select("p.ok").text());
                assertEquals("отключена 21.05.2026", disabled.html().select("tr.disabled td:eq(5)").text());
                assertEquals(302, clerk.get("/").status(), "the clerk's session ended");

                Browser.Response refused = clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertEquals(403, refused.status());
                assertEquals(SignIn.DISABLED, refused.html().select("p.error").text());
                Browser.Response wrong = clerk.signIn(Desk.SCHOOL_A, "не тот пароль совсем");
                assertEquals(401, wrong.status(), "who does not know the password is not told the account is disabled");
                assertEquals(SignIn.WRONG, wrong.html().select("p.error").text());

                Browser.Response self = coordinator.post("/accounts/disable", Map.of("login", Desk.COORDINATOR));
                assertEquals(400, self.status());
                assertEquals("Свою учётную запись отключить нельзя.", self.html().select("p.error").text());

                Browser.Response enabled = coordinator.post("/accounts/enable", Map.of("login", Desk.SCHOOL_A));
                assertEquals("Учётная запись «edu990001» снова включена: войти можно с прежним паролем.",
                        enabled.html().select("p.ok").text());
                assertEquals(302, clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD).status());
                assertEquals(200, clerk.get("/").status());
            });
        }
    }
}
