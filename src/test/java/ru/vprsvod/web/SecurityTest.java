package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/** Form tokens, origins, the sign-in limit, one-time passwords, cookies, upload limits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    private Desk desk;

    @BeforeAll
    void desk(@TempDir Path dir) {
        desk = new Desk(dir);
    }

    @AfterAll
    void close() {
        desk.close();
    }

    @Test
    void everyFormNeedsItsTokenAndOurOrigin() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser clerk = new Browser(server.port());
            clerk.get("/login");
            String token = clerk.csrf;
            clerk.csrf = "подделка";
            Browser.Response forged = clerk.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD));
            assertEquals(403, forged.status());
            assertEquals("Форма устарела или отправлена не с этой страницы. Откройте страницу заново и повторите действие.",
                    forged.html().select("p.error").text());
            clerk.csrf = token;
            assertEquals(302, clerk.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD)).status());
            clerk.get("/");
            Browser.Response noToken = clerk.send(HttpRequest.newBuilder(URI.create(clerk.origin + "/logout"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("")));
            assertEquals(403, noToken.status());
            Browser.Response otherSite = clerk.send(HttpRequest.newBuilder(URI.create(clerk.origin + "/logout"))
                    .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Browser.enc(clerk.csrf))));
            assertEquals(403, otherSite.status());
            assertTrue(otherSite.body().contains("Запрос отправлен с другого сайта и отклонён."));
            Browser.Response upload = clerk.multipart("/upload", Map.of("csrf", "чужой"), List.of(new Browser.Part("files", "a.xlsx",
                    new byte[] {1, 2, 3})));
            assertEquals(403, upload.status());
            assertEquals(302, clerk.post("/logout", Map.of()).status());
            assertEquals(302, clerk.get("/").status(), "signed out");
        });
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrictAndChangesAtSignIn() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser clerk = new Browser(server.port());
            String before = clerk.get("/login").headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(before.contains("HttpOnly") && before.contains("SameSite=Strict"), before);
            Browser.Response signedIn = clerk.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD));
            String after = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(!after.split(";")[0].equals(before.split(";")[0]), "a new session id at sign-in");
            Browser.Response page = clerk.get("/");
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        });
    }

    @Test
    void signInIsLimitedByTheRealClientAddressNotByForwardedHeaders() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser guesser = new Browser(server.port());
            guesser.get("/login");
            for (int i = 0; i < 10; i++) {
                Browser.Response wrong = guesser.send(HttpRequest.newBuilder(URI.create(guesser.origin + "/login"))
                        .header("Origin", guesser.origin).header("X-Forwarded-For", "10.0.0." + i)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Browser.enc(guesser.csrf) + "&login=edu990001&password=x" + i)));
                assertEquals(401, wrong.status());
                assertEquals("Неверный логин или пароль.", wrong.html().select("p.error").text());
            }
            Browser.Response limited = guesser.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD));
            assertEquals(429, limited.status());
            assertEquals("Слишком много неудачных попыток входа под этим логином. Повторите через 15 мин.",
                    limited.html().select("p.error").text());
            Browser.Response json = guesser.send(HttpRequest.newBuilder(URI.create(guesser.origin + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"edu990001\",\"password\":\"" + Desk.PASSWORD + "\"}")));
            assertEquals(429, json.status());
            desk.clock.advance(Duration.ofMinutes(15));
            assertEquals(302, guesser.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD)).status());
        });
    }

    @Test
    void toolsSignInWithJsonAndReadTheApi() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser tool = new Browser(server.port());
            Browser.Response form = tool.send(HttpRequest.newBuilder(URI.create(tool.origin + "/api/session"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("login=petrova&password=x")));
            assertEquals(415, form.status(), "only JSON: a form of another site cannot sign anyone in");
            Browser.Response signedIn = tool.send(HttpRequest.newBuilder(URI.create(tool.origin + "/api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"petrova\",\"password\":\"" + Desk.PASSWORD + "\"}")));
            assertEquals(200, signedIn.status(), signedIn.body());
            assertEquals("{\"login\":\"petrova\",\"role\":\"coordinator\",\"school\":null,\"mustChangePassword\":false}",
                    signedIn.body());
            assertEquals("{\"campaignYear\":2026,\"years\":[2026]}", tool.get("/api/years").body());
            assertEquals(200, tool.get("/api/status/2026").status());
        });
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        String once = desk.app.accounts().issueCoordinator("ivanova").orElseThrow().password();
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser coordinator = new Browser(server.port());
            assertEquals("/password", coordinator.signIn("ivanova", once).location());
            assertEquals("/password", coordinator.get("/").location());
            assertEquals(403, coordinator.get("/api/files").status());
            Browser.Response form = coordinator.get("/password");
            assertTrue(form.text().contains("Вы вошли с выданным паролем."), form.text());
            Browser.Response mismatch = coordinator.post("/password", Map.of("current", once, "new", "новый пароль координатора",
                    "repeat", "другой"));
            assertEquals("Новый пароль и его повтор не совпадают.", mismatch.html().select("p.error").text());
            Browser.Response tooShort = coordinator.post("/password", Map.of("current", once, "new", "короткий", "repeat", "короткий"));
            assertEquals(400, tooShort.status());
            Browser.Response changed = coordinator.post("/password", Map.of("current", once, "new", "новый пароль координатора",
                    "repeat", "новый пароль координатора"));
            assertEquals(200, changed.status());
            assertEquals(200, coordinator.get("/").status());
        });
    }

    @Test
    void uploadsAreLimitedInCountSizeAndTypeByContent() {
        JavalinTest.test(desk.app.web(), (server, client) -> {
            Browser clerk = new Browser(server.port());
            clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
            clerk.get("/");
            Browser.Response pdf = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "результаты.xlsx",
                    "%PDF-1.7 not a table".getBytes(StandardCharsets.US_ASCII))));
            assertEquals(400, pdf.status());
            assertEquals("результаты.xlsx: Файл не является таблицей Excel или LibreOffice: это документ PDF. Отправьте исходную таблицу (.xlsx),"
                    + " а не её печатную форму.", pdf.html().select("section.refused li").text());
            List<Browser.Part> many = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                many.add(new Browser.Part("files", i + ".xlsx", new byte[] {'P', 'K', 3, 4}));
            }
            Browser.Response tooMany = clerk.multipart("/upload", Map.of(), many);
            assertEquals(400, tooMany.status());
            assertEquals("За один раз можно отправить не больше 20 файлов, выбрано 21.", tooMany.html().select("p.error").text());
            byte[] huge = new byte[21 * 1024 * 1024];
            huge[0] = 'P';
            huge[1] = 'K';
            Browser.Response tooBig = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files", "big.xlsx", huge)));
            assertEquals(413, tooBig.status());
            assertTrue(tooBig.body().contains("Файл слишком большой: можно отправить файлы до 20 МБ каждый, не больше 20 за раз."),
                    tooBig.body());
            // A sender's path in the name is shown without its folders and never used to store anything.
            Browser.Response pathName = clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files",
                    "..\\..\\C:\\fakepath\\edu990001_Математика_4_2026.xlsx",
                    Uploading.xlsx(Protocol.math4().pupil(40001, "4А", 5, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2)))));
            assertEquals(200, pathName.status(), pathName.text());
            assertTrue(pathName.html().select("section.receipt h2").text().endsWith("— edu990001_Математика_4_2026.xlsx"));
        });
    }
}
