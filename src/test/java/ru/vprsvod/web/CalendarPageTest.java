package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarPageTest {

    @TempDir
    Path dir;

    @Test
    void theCoordinatorSeesTheWeeksDeadlinesAndTakesThemAsJsonAndIcs() throws Exception {
        try (Desk desk = new Desk(dir)) {
            desk.clock.advance(Duration.ofDays(41)); // Wednesday 01.07.2026: the re-check ends on Saturday
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/calendar").html();
                assertEquals("Календарь", page.select("nav a.active").text());
                List<String> headings = page.select("main h2").eachText();
                assertEquals(List.of("На этой неделе", "Впереди", "Срок прошёл", "Подписка в Outlook или Thunderbird"), headings);
                var tables = page.select("table.calendar");
                assertEquals(List.of("recheck"), tables.get(0).select("tr[data-key]").eachAttr("data-key"));
                assertEquals("04.07.2026, суббота", tables.get(0).select("td").first().text());
                assertTrue(tables.get(0).text().contains("Завершение муниципальной перепроверки работ"));
                assertEquals("/objectivity?year=2026", tables.get(0).select("a").attr("href"));
                assertEquals(List.of("analysis", "storage"), tables.get(1).select("tr[data-key]").eachAttr("data-key"));
                assertEquals(List.of("schedules", "period-end"), tables.get(2).select("tr[data-key]").eachAttr("data-key"));

                JsonNode json = new ObjectMapper().readTree(coordinator.get("/api/calendar").body());
                assertEquals("2026-07-01", json.get("today").asText());
                assertEquals("2026-07-04", json.get("deadlines").get(2).get("date").asText());
                assertEquals("thisWeek", json.get("deadlines").get(2).get("standing").asText());
                assertEquals("passed", json.get("deadlines").get(0).get("standing").asText());

                Browser.Response ics = coordinator.get("/calendar.ics");
                assertEquals(200, ics.status());
                assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
                Calendar parsed = new CalendarBuilder().build(new StringReader(ics.body()));
                List<VEvent> events = parsed.getComponents(Component.VEVENT);
                assertEquals(List.of("20260321", "20260520", "20260704", "20260810", "20260818"),
                        events.stream().map(e -> e.getStartDate().getValue()).toList());
                assertTrue(events.get(2).getDescription().getValue().contains("Кто: отдел по образованию, предметные комиссии."));

                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertEquals(403, clerk.get("/calendar").status());
                assertEquals(403, clerk.get("/api/calendar").status());
            });
        }
    }

    @Test
    void aScheduleReceivedThroughTheInboxAddsItsObserversReportsAndLeavesTheOthersNamedAsOwing() throws Exception {
        try (Desk desk = new Desk(dir)) {
            ru.vprsvod.reference.Reference reference = ((ru.vprsvod.reference.ReferenceReading.Loaded) ru.vprsvod.reference
                    .ReferenceLoader.load(desk.dir.resolve("templates").resolve("справочник.xlsx"))).reference();
            // Ключевская НОШ writes on Wednesday 15.04 and Friday 17.04: reports due Friday 15.05 and Sunday 17.05.
            new ru.vprsvod.testing.FilledSchedule(reference, "edu990007")
                    .line(java.time.LocalDate.of(2026, 4, 15), "Математика", 4, "4А")
                    .line(java.time.LocalDate.of(2026, 4, 17), "Русский язык", 4, "4А")
                    .write(desk.dir.resolve("inbox").resolve("edu990007").resolve("график.xlsx"),
                            java.nio.file.Files.createDirectories(dir.resolve("tmp")));
            desk.app.pipeline().runOnce();
            desk.clock.advance(Duration.ofMinutes(1)); // the inbox takes a file it has seen whole for a while
            desk.app.pipeline().runOnce();
            desk.clock.advance(Duration.ofDays(-40)); // Saturday 11.04.2026
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/calendar").html();
                assertEquals("Сроков нет.", page.select("h2:containsOwn(На этой неделе) + p").text());
                var ahead = page.select("h2:containsOwn(Впереди) + table").first();
                assertEquals(List.of("observers-edu990007-2026-04-15", "observers-edu990007-2026-04-17", "period-end", "recheck",
                        "analysis", "storage"), ahead.select("tr[data-key]").eachAttr("data-key"));
                assertEquals("15.05.2026, пятница", ahead.select("tr[data-key=observers-edu990007-2026-04-15] td").first().text());
                assertEquals("17.05.2026, воскресенье", ahead.select("tr[data-key=observers-edu990007-2026-04-17] td").first().text());
                var passed = page.select("h2:containsOwn(Срок прошёл) + table").first();
                assertEquals("не прислали график: МБОУ «СОШ № 1 г. Энска», МБОУ «Лицей № 2 г. Энска», МБОУ «Гимназия г. Энска»,"
                        + " МБОУ «Заречная СОШ», МБОУ «Луговская ООШ», МБОУ «Берёзовская СОШ» и МБОУ «Сосновская СОШ»",
                        passed.select("tr[data-key=schedules] td").get(2).text());
                assertEquals("/schedule", passed.select("tr[data-key=schedules] a").attr("href"));

                JsonNode json = new ObjectMapper().readTree(coordinator.get("/api/calendar").body());
                JsonNode first = json.get("deadlines").get(1);
                assertEquals("observers-edu990007-2026-04-15", first.get("key").asText());
                assertEquals("2026-05-15", first.get("date").asText());
                assertEquals("ahead", first.get("standing").asText());

                Calendar parsed = new CalendarBuilder().build(new StringReader(coordinator.get("/calendar.ics").body()));
                List<VEvent> events = parsed.getComponents(Component.VEVENT);
                assertEquals(List.of("20260321", "20260515", "20260517", "20260520", "20260704", "20260810", "20260818"),
                        events.stream().map(e -> e.getStartDate().getValue()).toList());
                assertTrue(events.get(1).getDescription().getValue().contains("Кто: МБОУ «Ключевская НОШ»."),
                        events.get(1).getDescription().getValue());
                assertTrue(events.get(0).getDescription().getValue().contains("Получено графиков: 1 из 8."),
                        events.get(0).getDescription().getValue());
            });
        }
    }

    /** Outlook and Thunderbird fetch a subscribed calendar without a session: the secret address is the key. */
    @Test
    void aCoordinatorSubscribesByASecretAddressThatANewOneOrADisabledAccountEnds() throws Exception {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/calendar").html();
                assertEquals("Подписка в Outlook или Thunderbird", page.select("main h2").last().text());
                assertTrue(page.text().contains("Для этого нужен личный адрес подписки."), page.text());

                Browser.Response made = coordinator.post("/calendar/feed", java.util.Map.of());
                assertEquals(200, made.status(), made.body());
                String address = made.html().select("input.feed").attr("value");
                assertTrue(address.matches("http://[^/]+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics"), address);
                String path = address.replaceFirst("^http://[^/]+", "");

                Browser program = new Browser(server.port()); // a calendar program: no session, no cookie
                Browser.Response fetched = program.get(path);
                assertEquals(200, fetched.status());
                assertTrue(fetched.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
                List<VEvent> events = new CalendarBuilder().build(new StringReader(fetched.body())).getComponents(Component.VEVENT);
                assertEquals(5, events.size());
                assertEquals(404, program.get(path.replace(".ics", "x.ics")).status(), "a wrong token opens nothing");
                assertTrue(coordinator.get("/calendar").text().contains("Адрес подписки создан "));

                // A new address ends the old one at once.
                String second = coordinator.post("/calendar/feed", java.util.Map.of()).html().select("input.feed").attr("value")
                        .replaceFirst("^http://[^/]+", "");
                Browser.Response old = program.get(path);
                assertEquals(404, old.status());
                assertTrue(old.body().contains("Нет такого календаря: адрес подписки заменён новым или учётная запись"
                        + " отключена."), old.body());
                assertEquals(200, program.get(second).status());

                // A disabled account's address opens nothing; enabled again, it works again.
                desk.app.accounts().disable(Desk.COORDINATOR);
                assertEquals(404, program.get(second).status());
                desk.app.accounts().enable(Desk.COORDINATOR);
                assertEquals(200, program.get(second).status());
            });
        }
    }
}
