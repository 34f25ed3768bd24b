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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.ReferenceWorkbook;
import ru.vprsvod.testing.Xlsx;

/** A re-check protocol coming back through the inbox is compared with the school's own scoring. */
class RecheckIntakeTest {

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.spring2026();

    private int process() throws java.io.IOException {
        for (String folder : List.of("inbox", "outbox", "data", "templates")) {
            Files.createDirectories(dir.resolve(folder));
        }
        return Main.run(List.of("process", "--inbox", dir.resolve("inbox").toString(), "--outbox", dir.resolve("outbox").toString(),
                "--reference", dir.resolve("справочник.xlsx").toString(), "--templates", dir.resolve("templates").toString(),
                "--data", dir.resolve("data").toString(), "--pdf", "нет"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                clock);
    }

    /** A protocol row: login, school, subject, grade, code, then the 15 task points of Maths 4. */
    private static List<Object> row(String code, Object... points) {
        List<Object> r = new ArrayList<>(List.of("edu990002", "Лицей № 2", "Математика", 4, code));
        r.addAll(List.of(points));
        return r;
    }

    @Test
    void changedScoresAndMarksAreCountedAndTheShareOfMarksThatHeld() throws Exception {
        ReferenceWorkbook.example().write(dir.resolve("справочник.xlsx"));
        // 40001: 15 points («5»); 40002: 10 («4»); 40003: 6 («3»), points filling the tasks from the first.
        Protocol.math4().pupilScoring(40001, "4А", 5, 15).pupilScoring(40002, "4А", 4, 10).pupilScoring(40003, "4А", 3, 6)
                .write(dir.resolve("inbox").resolve("edu990002_Математика_4_2026.xlsx"));
        assertEquals(0, process());
        clock.advance(java.time.Duration.ofDays(10));

        List<Object> header = new ArrayList<>(List.of("Логин ОО", "Школа", "Предмет", "Класс", "Код участника"));
        for (int t = 0; t < Protocol.MATH4_TASKS.length; t++) {
            header.add(Protocol.MATH4_TASKS[t] + " (" + Protocol.MATH4_MAX[t] + "б)");
        }
        header.add("Эксперт");
        new Xlsx().sheet("Перепроверка", List.of(
                Xlsx.row("Протокол перепроверки работ участников ВПР"),
                header,
                // 40001: task 10 not counted after all — 14 points, «4».
                row("40001", 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 0, 0, 0, "Иванова"),
                // 40002: as the school scored it.
                row("40002", 1, 1, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, "Иванова"),
                // 40003: other tasks, the same 6 points.
                row("40003", 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, "Иванова")))
                .write(dir.resolve("inbox").resolve("перепроверка.xlsx"));
        assertEquals(0, process());

        try (Stream<Path> receipts = Files.list(dir.resolve("outbox").resolve("_управление образования"))) {
            String receipt = Files.readString(receipts.findFirst().orElseThrow()).replace("\r\n", "\n");
            assertTrue(receipt.contains("Результат: ПРИНЯТ\n"), receipt);
        }
        JsonNode results = new ObjectMapper().readTree(dir.resolve("outbox").resolve("report.json").toFile())
                .get("objectivity").get("recheckResults");
        assertEquals(3, results.get("works").asInt());
        assertEquals(1, results.get("changedScores").asInt());
        assertEquals(1, results.get("changedMarks").asInt());
        assertEquals(1, results.get("lowered").asInt());
        assertEquals(66.7, results.get("heldPercent").asDouble(), 1e-9, "2 of 3 marks held");
        JsonNode first = results.get("items").get(0);
        assertEquals("40001", first.get("code").asText());
        assertEquals(15, first.get("scoreBefore").asInt());
        assertEquals(14, first.get("scoreAfter").asInt());
        assertEquals("понижена", first.get("direction").asText());
        assertEquals("[\"10\"]", first.get("changedTasks").toString());
        assertEquals("[\"3\",\"5.2\"]", results.get("items").get(2).get("changedTasks").toString());
        assertEquals("без изменений", results.get("items").get(2).get("direction").asText());
    }
}
