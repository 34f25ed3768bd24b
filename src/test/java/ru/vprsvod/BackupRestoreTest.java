package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/**
 * The documented backup and restore: {@code backup --to} while the service holds the data folder, then the
 * copy used as the data folder of a fresh installation gives the same statistics and the same originals.
 */
class BackupRestoreTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.spring2026();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(List<String> args) {
        return Main.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8), clock);
    }

    private static List<String> withFolders(List<String> args, Path data, Path outbox) {
        List<String> changed = new ArrayList<>(args);
        changed.set(changed.indexOf("--data") + 1, data.toString());
        changed.set(changed.indexOf("--outbox") + 1, outbox.toString());
        return changed;
    }

    /** report.json without the moment it was written. */
    private static JsonNode report(Path outbox) throws Exception {
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(outbox.resolve("report.json").toFile());
        report.remove("generatedAt");
        return report;
    }

    @Test
    @SuppressWarnings("try") // the running service is held open, unused, for the backup to run beside it
    void aBackupTakenWhileTheServiceRunsRestoresToTheSameStatisticsAndOriginals() throws Exception {
        Department d = new Department(dir);
        Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 4, 12)
                .write(d.inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        Protocol.math4().pupilScoring(40101, "4А", 3, 7).write(d.inbox.resolve("edu990004_Математика_4_2026.xlsx"));
        Files.writeString(d.inbox.resolve("edu990005_Математика_4_2026.xlsx"), "не таблица");
        assertEquals(0, run(d.processArguments()), printed.toString(StandardCharsets.UTF_8));
        clock.advance(java.time.Duration.ofMinutes(10));
        // A resubmission, so the backup holds replaced data too.
        Protocol.math4().pupilScoring(40101, "4А", 3, 14).write(d.inbox.resolve("edu990004_Математика_4_2026.xlsx"));
        assertEquals(0, run(d.processArguments()));

        Path backup = dir.resolve("копия 2026-05-21");
        try (App running = d.open(d.settings(), clock)) {
            assertEquals(0, run(List.of("backup", "--to", backup.toString(), "--data", d.data.toString())),
                    printed.toString(StandardCharsets.UTF_8));
        }
        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("проверено: все подлинники журнала (4) на месте и совпадают по SHA-256."), said);

        Path restored = dir.resolve("восстановлено").resolve("data");
        FileUtils.copyDirectory(backup.toFile(), restored.toFile());
        Path freshOutbox = Files.createDirectories(dir.resolve("восстановлено").resolve("outbox"));
        assertEquals(0, run(withFolders(d.processArguments(), restored, freshOutbox)));

        assertEquals(report(d.outbox), report(freshOutbox), "the same statistics and journal from the restored copy");
        for (String folder : List.of("archive", "quarantine")) {
            List<Path> originals = Department.filesUnder(d.data.resolve(folder));
            assertEquals(originals.stream().map(p -> d.data.relativize(p)).toList(),
                    Department.filesUnder(restored.resolve(folder)).stream().map(p -> restored.relativize(p)).toList());
            for (Path original : originals) {
                assertTrue(FileUtils.contentEquals(original.toFile(), restored.resolve(d.data.relativize(original)).toFile()));
            }
        }
    }

    @Test
    void aBackupNeverOverwritesAFolderThatHoldsSomething() throws Exception {
        Department d = new Department(dir);
        assertEquals(0, run(d.processArguments()));
        Path occupied = Files.createDirectories(dir.resolve("занято"));
        Files.writeString(occupied.resolve("чужой файл.txt"), "не трогать");

        assertEquals(1, run(List.of("backup", "--to", occupied.toString(), "--data", d.data.toString())));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("не пуста: укажите новую или пустую папку"));
        assertEquals("не трогать", Files.readString(occupied.resolve("чужой файл.txt")));
    }
}
