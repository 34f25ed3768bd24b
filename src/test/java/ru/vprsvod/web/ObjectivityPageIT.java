package ru.vprsvod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.Plant;

/** The objectivity page over a generated district with planted anomalies, sent through the real pipeline. */
class ObjectivityPageIT {

    @TempDir
    Path dir;

    @Test
    void theCoordinatorSeesTheRiskGroupEveryFlagAsReportedAndTheRecheckAClerkSeesNothing() throws Exception {
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        try (Desk desk = new Desk(dir, district.reference())) {
            district.write(dir.resolve("ignored-reference.xlsx"), dir.resolve("inbox"));
            desk.app.pipeline().runOnce(); // sees the files
            desk.clock.advance(java.time.Duration.ofSeconds(11));
            desk.app.pipeline().runOnce(); // takes them, unchanged for longer than the settle time
            JsonNode objectivity = new ObjectMapper().readTree(desk.outbox().resolve("report.json").toFile()).get("objectivity");
            JavalinTest.test(desk.app.web(), (server, client) -> {
                Browser coordinator = new Browser(server.port());
                coordinator.signIn(Desk.COORDINATOR, Desk.PASSWORD);
                Document page = coordinator.get("/objectivity?year=2026").html();
                assertEquals("Признаки необъективности, ВПР 2026", page.select("h1").text());

                List<String> riskGroup = page.select("#risk-group tbody tr td:first-child").eachText();
                for (Plant plant : List.of(Plant.JOURNAL_MISMATCH, Plant.COHORT_JUMP)) {
                    assertTrue(riskGroup.contains(district.planted(plant).name()), plant + " in the risk group: " + riskGroup);
                }
                // Issue 19: the boundary school, with one marker C, is outside the group but not left out silently.
                List<String> recommended = page.select("#recommended tbody tr td:first-child").eachText();
                assertTrue(recommended.contains(district.planted(Plant.BOUNDARY_PUSH).name()), "recommended: " + recommended);
                String text = page.text();
                assertTrue(text.contains("Рекомендуется включить: " + district.planted(Plant.BOUNDARY_PUSH).name()), text);
                List<String> flags = new ArrayList<>();
                for (JsonNode year : objectivity.get("years")) {
                    if (year.get("year").asInt() == 2026) {
                        for (JsonNode school : year.get("schools")) {
                            school.get("works").forEach(w -> w.get("flags").forEach(f -> flags.add(f.get("text").asText())));
                        }
                    }
                }
                assertTrue(flags.size() >= 5, flags.toString());
                for (String flag : flags) {
                    // The page's text as jsoup reads it turns the flags' no-break spaces into plain ones.
                    assertTrue(text.contains(flag.replace('\u00a0', ' ')), "the page shows every flag as report.json words it: "
                            + flag);
                }
                // Readable at a glance: each flag's figures and thresholds folded under its sentence; what could not be
                // checked said once for the year, not under every work.
                assertTrue(page.select("li.bad details.figures summary").size() >= flags.size());
                assertEquals(0, page.select("li:containsOwn(не проверялось)").size());
                assertEquals(1, page.select("h2:containsOwn(Что не проверялось)").size(), "the generated district has works too small for some rules");
                assertTrue(text.contains("Перепроверка 2026"), text);
                assertTrue(text.contains("Срок перепроверки — до 04.07.2026."), text);

                Browser.Response api = coordinator.get("/api/objectivity");
                assertEquals(200, api.status());
                assertEquals(objectivity.get("years").size(),
                        new ObjectMapper().readTree(api.bytes()).get("objectivity").get("years").size());

                Browser clerk = new Browser(server.port());
                clerk.signIn(Desk.SCHOOL_A, Desk.PASSWORD);
                assertEquals(403, clerk.get("/objectivity").status());
                assertEquals(403, clerk.get("/api/objectivity").status());
            });
        }
    }
}
