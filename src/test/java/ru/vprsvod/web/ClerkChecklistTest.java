package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.russian.RussianFormat;
import ru.vprsvod.testing.Protocol;

/** The clerk's start page lists the school's works: sent and accepted, rejected and awaited, not sent. */
class ClerkChecklistTest {

    @TempDir
    Path dir;

    @Test
    void theClerkSeesWhatIsAcceptedWhatWaitsForAFixAndThatEarlierDataStillCount() {
        try (Desk desk = new Desk(dir)) {
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                Document before = clerk.get("/").html();
                int works = before.select("table.checklist tbody tr").size();
                assertTrue(works >= 2, before.select("table.checklist").text());
                assertEquals("не сдано", state(before, "Математика, 4 класс"));
                assertEquals("Осталось сдать или исправить: " + RussianFormat.count(works, "работа", "работы", "работ") + ".",
                        before.select("section.checklist p[role=status]").text());

                send(clerk, "edu990001_Математика_4_2026.xlsx", Protocol.math4().pupilScoring(40001, "4А", 5, 10));
                Document accepted = clerk.get("/").html();
                assertEquals("принято", state(accepted, "Математика, 4 класс"));
                assertEquals("протокол № 1", row(accepted, "Математика, 4 класс").select("td").get(1).text());

                send(clerk, "edu990001_Математика_4_2026.xlsx", Protocol.math4().pupilScoring(40001, "4А", 7, 10));
                Document laterRejected = clerk.get("/").html();
                assertEquals("принято; последний файл отклонён — учитываются данные, принятые раньше (протокол № 2)",
                        state(laterRejected, "Математика, 4 класс"));
                assertEquals("протокол № 1", row(laterRejected, "Математика, 4 класс").select("td").get(1).text(),
                        "the file in force is still the first");
                // The rejected file's receipt on the page says the same: the data accepted before still count.
                assertEquals("В силе остаются данные по работе «Математика, 4 класс, 2026», принятые 21.05.2026 10:00 из файла"
                        + " «edu990001_Математика_4_2026.xlsx» (протокол № 1): они учитываются в статистике, пока исправленный"
                        + " файл не будет принят.", clerk.get("/files/2").html().select("section.receipt p.notice").text());
                assertEquals("Осталось сдать или исправить: " + RussianFormat.count(works - 1, "работа", "работы", "работ") + ".",
                        laterRejected.select("section.checklist p[role=status]").text(), "a work with data in force is not owed");
            });
        }
    }

    private static void send(Browser clerk, String name, Protocol protocol) {
        assertEquals(200, clerk.multipart("/upload", Map.of(), List.of(new Browser.Part("files", name,
                Uploading.xlsx(protocol)))).status());
        clerk.get("/");
    }

    private static org.jsoup.nodes.Element row(Document page, String work) {
        return page.select("table.checklist tbody tr:has(th:containsOwn(" + work + "))").first();
    }

    private static String state(Document page, String work) {
        return row(page, work).select("td").get(0).text();
    }
}
