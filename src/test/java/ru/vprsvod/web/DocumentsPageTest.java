package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.ReferenceWorkbook;

/** «Документы»: the documents to sign, the schools' road maps, and apart from both report.json and the notes. */
class DocumentsPageTest {

    @TempDir
    Path dir;

    @Test
    void theSchoolRoadMapsAreListedAndReportJsonStandsApartFromTheDocuments() throws Exception {
        try (Desk desk = new Desk(dir, ReferenceWorkbook.example(), true)) {
            PathUtils.copyDirectory(Path.of("examples", "district"), dir.resolve("inbox"));
            desk.app.pipeline().runOnce();
            desk.clock.advance(Duration.ofMinutes(1));
            desk.app.pipeline().runOnce();
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/documents").html();
                List<String> first = page.select("main > div.scroll").get(0).select("td a").eachText();
                assertTrue(first.contains("Аналитическая справка ВПР 2026.docx"), first.toString());
                assertFalse(first.contains("report.json"), "report.json is not a document to sign");
                assertTrue(page.select("h2").eachText().contains("Дорожные карты школ ВПР 2026"), page.select("h2").eachText().toString());
                String roadMap = page.select("h2:containsOwn(Дорожные карты школ ВПР 2026) ~ div.scroll").get(0)
                        .select("td a").get(0).attr("href");
                assertTrue(roadMap.startsWith("/outbox/"), roadMap);
                assertEquals(200, coordinator.get(roadMap).status(), "the road map downloads");
                assertTrue(page.select("h2:containsOwn(Данные и сообщения программы) ~ div.scroll").last()
                        .select("td a").eachText().contains("report.json"));
            });
        }
    }

    @Test
    void theRecheckFolderListsTheBlanksAndShowsTheRefusedExpertsOnThePage() throws Exception {
        try (Desk desk = new Desk(dir, ReferenceWorkbook.example().withExampleExperts(), true)) {
            PathUtils.copyDirectory(Path.of("examples", "district"), dir.resolve("inbox"));
            desk.app.pipeline().runOnce();
            desk.clock.advance(Duration.ofMinutes(1));
            desk.app.pipeline().runOnce();
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/documents").html();
                List<String> first = page.select("main > div.scroll").get(0).select("td a").eachText();
                assertTrue(first.contains("Распоряжение о создании предметных комиссий ВПР 2026.docx"), first.toString());
                assertTrue(page.select("h2").eachText().contains("Перепроверка ВПР 2026"), page.select("h2").eachText().toString());
                List<String> notes = page.select("h2:containsOwn(Перепроверка ВПР 2026) ~ div.status.bad li").eachText();
                assertEquals(2, notes.size(), notes.toString());
                assertTrue(notes.get(0).startsWith("лист «Эксперты», строка 10: Ильина Татьяна Геннадьевна не может входить в"
                        + " предметную комиссию — нет высшего образования ("), notes.get(0));
                assertTrue(notes.get(1).startsWith("лист «Эксперты», строка 11: Кузнецова Анна Дмитриевна не может входить в"
                        + " предметную комиссию — стаж педагогической работы 2 года, требуется не менее 3 лет ("), notes.get(1));
                List<String> files = page.select("h2:containsOwn(Перепроверка ВПР 2026) ~ div.scroll").get(0).select("td a").eachText();
                assertTrue(files.stream().anyMatch(f -> f.startsWith("Протокол перепроверки — ")), files.toString());
                assertTrue(files.stream().anyMatch(f -> f.startsWith("Письмо о направлении работ — ")), files.toString());
                String blank = page.select("h2:containsOwn(Перепроверка ВПР 2026) ~ div.scroll").get(0)
                        .select("td a:containsOwn(Протокол перепроверки)").get(0).attr("href");
                assertEquals(200, coordinator.get(blank).status(), "the expert's protocol downloads");
            });
        }
    }
}
