package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/** «Файлы»: found by school, work, result and date, sorted, paged; the file in force marked; the original kept. */
class FilesPageTest {

    @TempDir
    Path dir;

    @Test
    void theCoordinatorFindsFilesSeesWhichCountsAndDownloadsTheOriginal() {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                byte[] first = Uploading.xlsx(Protocol.math4().pupilScoring(40001, "4А", 5, 10));
                byte[] second = Uploading.xlsx(Protocol.math4().pupilScoring(40001, "4А", 5, 12));
                byte[] broken = Uploading.xlsx(Protocol.math4().pupilScoring(40002, "4А", 7, 10));
                Browser a = new Browser(server.port());
                a.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                a.get("/");
                send(a, "edu990001_Математика_4_2026.xlsx", first);
                send(a, "edu990001_Математика_4_2026.xlsx", second);
                send(a, "edu990001_Математика_5_2026.xlsx", broken);
                Browser b = new Browser(server.port());
                b.signIn(Desk.SCHOOL_B, Desk.PASSWORD);
                b.get("/");
                send(b, "edu990002_Математика_4_2026.xlsx", first);

                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document all = coordinator.get("/files").html();
                assertEquals("Найдено файлов: 4 из 4; показаны 1–4.", all.select("main p[role=status]").text());
                List<String> inForce = new ArrayList<>();
                for (Element row : all.select("table.files tbody tr")) {
                    inForce.add(row.select("td").get(0).text() + " " + row.select("td.in-force").text());
                }
                assertEquals(List.of("4 да — данные этого файла учитываются", "3 —", "2 да — данные этого файла учитываются",
                        "1 —"), inForce, "newest first; the replaced first file and the rejected one do not count");

                assertEquals(1, coordinator.get("/files?school=edu990002").html().select("table.files tbody tr").size());
                assertEquals(List.of("3"), ids(coordinator.get("/files?status=REJECTED").html()));
                assertEquals(List.of("4", "2", "1"), ids(coordinator.get("/files?work=" + Browser.enc("математика 4")).html()));
                assertEquals(List.of("1", "2", "3", "4"), ids(coordinator.get("/files?sort=old").html()));
                assertEquals(List.of(), ids(coordinator.get("/files?from=2026-05-22").html()), "all sent on 21.05.2026");
                Document bad = coordinator.get("/files?from=21.05.2026").html();
                assertEquals("Дата «с» «21.05.2026» не распознана (нужна дата ГГГГ-ММ-ДД): не учтена.",
                        bad.select("main p.notice").text());
                assertEquals(4, bad.select("table.files tbody tr").size());

                Browser.Response original = coordinator.get("/files/2/original");
                assertEquals(200, original.status());
                assertArrayEquals(second, original.bytes(), "the bytes as sent");
                assertTrue(original.headers().firstValue("Content-Disposition").orElse("")
                        .contains(Html.url("edu990001_Математика_4_2026.xlsx")));
                assertEquals(403, a.get("/files/2/original").status(), "the coordinator's only");
            });
        }
    }

    @Test
    void moreFilesThanAPageArePagedNotCutSilently() {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                byte[] file = Uploading.xlsx(Protocol.math4().pupilScoring(40001, "4А", 5, 10));
                Browser a = new Browser(server.port());
                a.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                a.get("/");
                for (int round = 0; round < 3; round++) {
                    List<Browser.Part> parts = new ArrayList<>();
                    for (int i = 0; i < (round < 2 ? 20 : 12); i++) {
                        parts.add(new Browser.Part("files", "edu990001_Математика_4_2026.xlsx", file));
                    }
                    assertEquals(200, a.multipart("/upload", Map.of(), parts).status());
                    a.get("/");
                }
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document first = coordinator.get("/files?status=DUPLICATE").html();
                assertEquals("Найдено файлов: 51 из 52; показаны 1–50.", first.select("main p[role=status]").text());
                assertEquals("страница 1 из 2", first.select("nav.pager span").text());
                String next = first.select("nav.pager a[rel=next]").attr("href");
                assertEquals("/files?status=DUPLICATE&page=2", next);
                Document second = coordinator.get(next).html();
                assertEquals("Найдено файлов: 51 из 52; показаны 51–51.", second.select("main p[role=status]").text());
                assertEquals(1, second.select("table.files tbody tr").size());

                // The intake journal too: a page of steps at a time, the earlier ones a link away.
                Document journal = coordinator.get("/journal").html();
                assertEquals(IntakePages.SHOWN, journal.select("table.journal tbody tr").size());
                String earlier = journal.select("nav.pager a[rel=next]").attr("href");
                assertTrue(earlier.startsWith("/journal?before="), earlier);
                Document older = coordinator.get(earlier).html();
                assertTrue(older.select("main p[role=status]").text().endsWith("показаны более ранние."));
                long newestOnSecond = Long.parseLong(earlier.substring("/journal?before=".length()));
                assertTrue(older.select("table.journal tbody tr").size() > 0);
                assertTrue(newestOnSecond > 0);
                assertEquals(400, coordinator.get("/journal?before=abc").status());
            });
        }
    }

    private static void send(Browser browser, String name, byte[] bytes) {
        assertEquals(200, browser.multipart("/upload", Map.of(), List.of(new Browser.Part("files", name, bytes))).status());
        browser.get("/");
    }

    private static List<String> ids(Document page) {
        return page.select("table.files tbody tr").stream().map(r -> r.select("td").get(0).text()).toList();
    }
}
