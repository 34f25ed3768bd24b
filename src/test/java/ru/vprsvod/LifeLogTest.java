package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/**
 * The log of a real run tells each file's life in one line per step, with the same stable fields, so a log
 * reader (or grep) can follow any file from the inbox to its receipt.
 */
class LifeLogTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");

    @TempDir
    Path dir;

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(line.substring(line.indexOf("step=")));
        while (m.find()) {
            String v = m.group(2);
            fields.put(m.group(1), v.startsWith("\"") ? v.substring(1, v.length() - 1).replace("\\\"", "\"") : v);
        }
        return fields;
    }

    @Test
    void eachFileIsFollowedFromTheInboxToItsReceiptInKeyValueLines() throws Exception {
        Department d = new Department(dir);
        Path good = Protocol.math4().pupil(40001, "4А", 5, FULL).write(d.inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        Files.copy(good, Files.createDirectories(d.inbox.resolve("edu990002")).resolve("копия результатов.xlsx"));
        Files.writeString(d.inbox.resolve("edu990003_Математика_4_2026.xlsx"), "не таблица");

        Process child = d.childProcess().start();
        List<String> lines = new ArrayList<>();
        for (String line : new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.contains("LifeLog - step=")) {
                lines.add(line);
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue());

        Map<String, List<Map<String, String>>> byClaim = new LinkedHashMap<>();
        for (String line : lines) {
            Map<String, String> f = fields(line);
            if (f.containsKey("claim")) {
                byClaim.computeIfAbsent(f.get("claim"), k -> new ArrayList<>()).add(f);
            }
        }
        assertEquals(3, byClaim.size(), String.join("\n", lines));
        Map<String, String> lastOf = new LinkedHashMap<>();
        for (List<Map<String, String>> life : byClaim.values()) {
            List<String> steps = life.stream().map(f -> f.get("step")).toList();
            String name = life.get(0).get("name");
            boolean broken = name.startsWith("edu990003");
            assertEquals(broken ? List.of("claimed", "archived", "checked", "quarantined", "recorded", "receipt", "done")
                    : List.of("claimed", "archived", "checked", "recorded", "receipt", "done"), steps, name);
            String sha = life.get(1).get("sha256");
            assertTrue(sha.matches("[0-9a-f]{16}"), sha);
            for (Map<String, String> f : life.subList(1, life.size())) {
                assertEquals(sha, f.get("sha256"), "every step after archiving names the content");
                assertEquals(name, f.get("name"));
            }
            assertTrue(life.get(0).get("size").matches("\\d+"));
            assertTrue(life.get(2).get("ms").matches("\\d+"));
            Map<String, String> done = life.get(life.size() - 1);
            assertTrue(done.get("file").matches("\\d+") && done.get("ms").matches("\\d+"), done.toString());
            lastOf.put(name, done.get("status"));
        }
        assertEquals(Map.of("edu990002_Математика_4_2026.xlsx", "ACCEPTED", "копия результатов.xlsx", "DUPLICATE",
                "edu990003_Математика_4_2026.xlsx", "REJECTED"), Map.copyOf(lastOf));
        assertTrue(lines.stream().anyMatch(l -> l.contains("step=document name=report.json ms=")), String.join("\n", lines));
    }
}
