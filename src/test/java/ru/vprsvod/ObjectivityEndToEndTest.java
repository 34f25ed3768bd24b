package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.DistrictGenerator;
import ru.vprsvod.testing.DistrictGenerator.Plant;
import ru.vprsvod.testing.MutableClock;

/**
 * A generated district of two years sent as real workbooks through the real pipeline: the objectivity section of
 * report.json names each planted anomaly with its rule, flags no clean school, and lists the re-check.
 */
class ObjectivityEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aDistrictWithPlantedAnomaliesThroughThePipeline() throws Exception {
        DistrictGenerator district = DistrictGenerator.generate(DistrictGenerator.Settings.standard(1));
        district.write(dir.resolve("справочник.xlsx"), dir.resolve("inbox"));
        for (String folder : List.of("outbox", "data", "templates")) {
            Files.createDirectories(dir.resolve(folder));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = Main.run(List.of("process", "--inbox", dir.resolve("inbox").toString(), "--outbox", dir.resolve("outbox").toString(),
                "--reference", dir.resolve("справочник.xlsx").toString(), "--templates", dir.resolve("templates").toString(),
                "--data", dir.resolve("data").toString(), "--pdf", "нет"), new PrintStream(printed, true, StandardCharsets.UTF_8),
                MutableClock.spring2026());
        assertEquals(0, code, printed.toString(StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Обработано файлов: " + district.forms().size() + " (принято: "),
                printed.toString(StandardCharsets.UTF_8));

        JsonNode objectivity = new ObjectMapper().readTree(dir.resolve("outbox").resolve("report.json").toFile()).get("objectivity");
        JsonNode year = null;
        for (JsonNode y : objectivity.get("years")) {
            if (y.get("year").asInt() == 2026) {
                year = y;
            }
            for (DistrictGenerator.GeneratedSchool clean : district.clean()) {
                assertEquals(Set.of(), rules(school(y, clean.login())), y.get("year") + " " + clean.name());
            }
        }
        assertTrue(rules(school(year, district.planted(Plant.BOUNDARY_PUSH).login())).contains("C"));
        assertTrue(rules(school(year, district.planted(Plant.JOURNAL_MISMATCH).login())).contains("A"));
        assertTrue(rules(school(year, district.planted(Plant.INFLATED).login())).contains("B"));
        assertTrue(rules(school(year, district.planted(Plant.COHORT_JUMP).login())).contains("E"));
        assertTrue(rules(school(year, district.planted(Plant.INVERSION).login())).contains("D"));

        JsonNode mismatch = school(year, district.planted(Plant.JOURNAL_MISMATCH).login());
        assertTrue(mismatch.get("riskGroup").asBoolean());
        JsonNode flag = mismatch.get("works").get(0).get("flags").get(0);
        String text = flag.get("text").asText();
        assertTrue(text.startsWith("Не подтвердили отметку по журналу ") && text.endsWith("Признак требует анализа."), text);
        assertEquals("50", flag.get("thresholds").get(0).get("value").asText(), "the threshold travels beside the text");

        JsonNode recheck = objectivity.get("recheck");
        assertEquals("2026-07-04", recheck.get("deadline").asText());
        assertEquals("2026-08-18", recheck.get("keepUntil").asText());
        assertTrue(recheck.get("works").size() >= recheck.get("required").asInt(), recheck.toString());
        assertTrue(recheck.get("seed").asText().matches("\\d+"));
        JsonNode a = objectivity.get("rules").get(2);
        assertEquals("доля не подтвердивших отметку по журналу, больше", a.get("parameter").asText());
        assertEquals(ru.vprsvod.reference.RuleParameter.A_NOT_CONFIRMED.defaultSource(), a.get("source").asText());
    }

    private static JsonNode school(JsonNode year, String login) {
        for (JsonNode s : year.get("schools")) {
            if (s.get("login").asText().equals(login)) {
                return s;
            }
        }
        throw new AssertionError("no " + login + " in " + year.get("year"));
    }

    /** The rule letters of every flag of a school, school-level and per work. */
    private static Set<String> rules(JsonNode school) {
        Set<String> rules = new HashSet<>();
        school.get("flags").forEach(f -> rules.add(f.get("rule").asText()));
        school.get("works").forEach(w -> w.get("flags").forEach(f -> rules.add(f.get("rule").asText())));
        return rules;
    }
}
