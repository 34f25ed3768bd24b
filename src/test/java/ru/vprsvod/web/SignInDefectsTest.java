package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.io.IOException;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for the sign-in defects: the open redirect, password guessing, log forging, one lock for all. */
class SignInDefectsTest {

    @Test
    void nextAfterSignInWithATabBeforeAHostIsNotAnOpenRedirect(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.get("/login?next=" + Browser.enc("/\t/127.0.0.1:" + server.port() + "/x"));
                assertEquals("/", clerk.get("/login?next=/%09/127.0.0.1:1/x").html().select("input[name=next]").attr("value"));
                Browser.Response signedIn = clerk.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD,
                        "next", "/\t/127.0.0.1:" + server.port() + "/x"));
                assertEquals("/", signedIn.location());
            });
        }
        for (String bad : new String[] {"//evil.example", "/\\evil.example", "https://evil.example/", "/\t/evil", "/ /evil",
                "/%2F/evil", "/x/../../evil", "javascript:alert(1)", "/\u2028/evil", "/files/1#frag", "/nowhere", ""}) {
            String safe = SignIn.safeNext(bad);
            assertTrue(safe.equals("/") || safe.startsWith("/files"), bad + " -> " + safe);
            assertFalse(safe.startsWith("//"), bad);
        }
        assertEquals("/", SignIn.safeNext("/%2F/evil"));
        assertEquals("/", SignIn.safeNext("/x/../../evil"));
        assertEquals("/files/3", SignIn.safeNext("/files/3"));
        assertEquals("/stats/work?year=2026&work=m4", SignIn.safeNext("/stats/work?year=2026&work=m4"));
    }

    @Test
    void currentPasswordGuessesOnPasswordPageAreLimitedAndEndTheSession(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser thief = new Browser(server.port());
                thief.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                thief.get("/password");
                for (int i = 0; i < SignInLimiter.PER_ACCOUNT_AND_ADDRESS - 1; i++) {
                    Browser.Response wrong = thief.post("/password", Map.of("current", "догадка " + i, "new", "новый длинный пароль",
                            "repeat", "новый длинный пароль"));
                    assertEquals(400, wrong.status());
                    assertEquals("Текущий пароль указан неверно.", wrong.html().select("p.error").text());
                }
                Browser.Response last = thief.post("/password", Map.of("current", "последняя догадка", "new", "новый длинный пароль",
                        "repeat", "новый длинный пароль"));
                assertEquals(429, last.status());
                assertEquals("Слишком много неверных попыток ввести текущий пароль: вход завершён. Повторите через 15 мин.",
                        last.html().select("p.error").text());
                assertEquals(302, thief.get("/").status(), "the session has ended");
                Browser.Response again = thief.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertEquals(429, again.status(), "even the right password waits, like any locked sign-in");
                assertEquals("Слишком много неудачных попыток входа под этим логином. Повторите через 15 мин.",
                        again.html().select("p.error").text());
            });
        }
    }

    @Test
    void aLoginWithALineBreakCannotForgeASignedInLogLine() {
        String line = SignIn.failedSignInLine("x\n2026-04-20 10:00:00 [main] INFO SignIn - petrova signed in\r\nmore", "10.0.0.1");
        assertEquals("Failed sign-in login=\"x\\n2026-04-20 10:00:00 [main] INFO SignIn - petrova signed in\\r\\nmore\" from=10.0.0.1",
                line);
        assertEquals(1, line.lines().count());
        assertEquals("Failed sign-in login=edu990001 from=127.0.0.1", SignIn.failedSignInLine("edu990001", "127.0.0.1"));
    }

    @Test
    void oneClerksTyposDoNotLockTheOtherSchoolsOrTheCoordinatorOnTheSameAddress(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clumsy = new Browser(server.port());
                clumsy.get("/login");
                for (int i = 0; i < SignInLimiter.PER_ACCOUNT_AND_ADDRESS; i++) {
                    assertEquals(401, clumsy.post("/login", Map.of("login", Desk.SCHOOL_A, "password", "опечатка " + i)).status());
                }
                Browser.Response locked = clumsy.post("/login", Map.of("login", Desk.SCHOOL_A, "password", Desk.PASSWORD));
                assertEquals(429, locked.status());
                assertEquals("Слишком много неудачных попыток входа под этим логином. Повторите через 15 мин.",
                        locked.html().select("p.error").text());
                assertEquals(302, new Browser(server.port()).signIn(Desk.SCHOOL_B, Desk.PASSWORD).status(), "another school");
                assertEquals(302, new Browser(server.port()).signIn(Desk.COORDINATOR, Desk.PASSWORD).status(), "the coordinator");
                // A guesser walking through many logins from one address still meets the address's limit.
                Browser guesser = new Browser(server.port());
                guesser.get("/login");
                for (int i = SignInLimiter.PER_ACCOUNT_AND_ADDRESS; i < SignInLimiter.PER_ADDRESS; i++) {
                    assertEquals(401, guesser.post("/login", Map.of("login", "edu99" + (1000 + i), "password", "x")).status());
                }
                Browser.Response byAddress = guesser.post("/login", Map.of("login", Desk.COORDINATOR, "password", Desk.PASSWORD));
                assertEquals(429, byAddress.status());
                assertEquals("Слишком много неудачных попыток входа с этого компьютера. Повторите через 15 мин.",
                        byAddress.html().select("p.error").text());
            });
        }
    }

    @Test
    void unknownRoutesAndBadEncodingsAnswerTheProductsRussianPageWithItsHeaders(@TempDir Path dir) {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser visitor = new Browser(server.port());
                Browser.Response unknown = visitor.get("/x");
                assertEquals(404, unknown.status());
                assertTrue(unknown.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
                assertEquals("Страница не найдена.", unknown.html().select("p.error").text());
                assertEquals("Не найдено — ВПР-Свод", unknown.html().title());
                assertEquals("nosniff", unknown.headers().firstValue("X-Content-Type-Options").orElseThrow());
                assertTrue(unknown.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
                assertFalse(unknown.body().contains("Endpoint"));
                Browser.Response api = visitor.get("/api/nothing");
                assertEquals(404, api.status());
                assertEquals("{\"error\":\"Страница не найдена.\"}", api.body());
                Browser.Response wrongMethod = visitor.send(HttpRequest.newBuilder(URI.create(visitor.origin + "/stats"))
                        .method("DELETE", HttpRequest.BodyPublishers.noBody()));
                assertFalse(wrongMethod.body().contains("Endpoint"), wrongMethod.body());
                assertEquals("nosniff", wrongMethod.headers().firstValue("X-Content-Type-Options").orElseThrow());
                // java.net.URI refuses to send a broken %-escape: the request goes over a plain socket, as a browser's would.
                String badEncoding = rawGet(server.port(), "/files/%zz");
                assertTrue(badEncoding.startsWith("HTTP/1.1 400"), badEncoding);
                assertTrue(badEncoding.contains("Content-Type: text/html;charset=utf-8") || badEncoding.contains("Content-Type: text/html; charset=utf-8"),
                        badEncoding);
                assertTrue(badEncoding.contains("X-Content-Type-Options: nosniff"), badEncoding);
                assertTrue(badEncoding.contains("<p class=error role=alert>Адрес или запрос не понят (например, в адресе испорчены"
                        + " символы). Откройте страницу по ссылке с главной.</p>"), badEncoding);
                assertFalse(badEncoding.contains("Jetty"), badEncoding);
                Browser.Response icon = visitor.get("/static/favicon.svg");
                assertEquals(200, icon.status());
                assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElseThrow());
            });
        }
    }

    private static String rawGet(int port, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
