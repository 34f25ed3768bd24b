package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.database.Database;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Postgres;
import ru.vprsvod.testing.Protocol;

/**
 * The documented backup and restore of a PostgreSQL installation on a real server: {@code backup --database} while
 * the service holds the database, its SHA256SUMS checked, then the README's restore — {@code pg_restore} into an
 * empty database, the archive copied back — gives the same statistics, journal and originals.
 */
class BackupPostgresTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.spring2026();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int run(List<String> args) {
        return Main.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8), clock);
    }

    private static List<String> on(List<String> args, String url, Path data, Path outbox) {
        List<String> changed = new ArrayList<>(args);
        changed.set(changed.indexOf("--data") + 1, data.toString());
        changed.set(changed.indexOf("--outbox") + 1, outbox.toString());
        changed.addAll(List.of("--database", url));
        return changed;
    }

    private static JsonNode report(Path outbox) throws Exception {
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(outbox.resolve("report.json").toFile());
        report.remove("generatedAt");
        return report;
    }

    @Test
    @SuppressWarnings("try") // the running service is held open, unused, for the backup to run beside it
    void aDumpTakenWhileTheServiceRunsRestoresWithPgRestoreToTheSameStatisticsAndOriginals() throws Exception {
        String url = Postgres.freshSchemaUrl();
        Department d = new Department(dir);
        Protocol.math4().pupil(40001, "4А", 5, FULL).pupilScoring(40002, "4А", 4, 12)
                .write(d.inbox.resolve("edu990002_Математика_4_2026.xlsx"));
        Protocol.math4().pupilScoring(40101, "4А", 3, 7).write(d.inbox.resolve("edu990004_Математика_4_2026.xlsx"));
        Files.writeString(d.inbox.resolve("edu990005_Математика_4_2026.xlsx"), "не таблица");
        assertEquals(0, run(on(d.processArguments(), url, d.data, d.outbox)), printed.toString(StandardCharsets.UTF_8));

        Path backup = dir.resolve("копия 2026-05-21");
        List<String> command = new ArrayList<>(List.of("backup", "--to", backup.toString(), "--data", d.data.toString(),
                "--database", url));
        try (App running = d.open(withDatabase(d, url), clock)) {
            assertEquals(0, run(command), printed.toString(StandardCharsets.UTF_8));
        }
        String said = printed.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("— снимок pg_dump на момент начала копирования (vpr-svod.dump, таблиц: "), said);
        assertTrue(said.contains("проверено: все подлинники журнала (3) на месте и совпадают по SHA-256; контрольные суммы —"
                + " в файле SHA256SUMS."), said);
        assertFalse(said.contains(System.getenv().getOrDefault("VPR_DB_PASSWORD", "\u0000")), "the password is never shown");

        // SHA256SUMS, as «sha256sum -c» reads it: the dump and each original.
        List<String> sums = Files.readAllLines(backup.resolve("SHA256SUMS"));
        assertEquals(4, sums.size(), sums.toString());
        for (String line : sums) {
            String[] hashAndName = line.split("  ", 2);
            assertEquals(hashAndName[0], Department.sha256(backup.resolve(hashAndName[1])), line);
        }
        assertTrue(sums.get(0).endsWith("  vpr-svod.dump"));

        // The README's restore: an empty database, pg_restore, the folders back, the program started on them.
        Database server = Postgres.database(Postgres.url());
        String restoredName = "restored_" + Long.toHexString(System.nanoTime());
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("CREATE DATABASE " + restoredName);
        }
        try {
            ProcessBuilder restore = new ProcessBuilder("pg_restore", "--no-owner", "--exit-on-error", "--dbname",
                    restoredName, backup.resolve("vpr-svod.dump").toString()).redirectErrorStream(true);
            restore.environment().putAll(server.clientEnvironment());
            Process p = restore.start();
            String restoreSaid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), restoreSaid);

            String schema = Postgres.database(url).schema().orElseThrow();
            String restoredUrl = Postgres.url().replace("/postgres?", "/" + restoredName + "?") + "&currentSchema=" + schema;
            Path restored = dir.resolve("восстановлено").resolve("data");
            Files.createDirectories(restored);
            for (String folder : List.of("archive", "quarantine")) {
                FileUtils.copyDirectory(backup.resolve(folder).toFile(), restored.resolve(folder).toFile());
            }
            Path freshOutbox = Files.createDirectories(dir.resolve("восстановлено").resolve("outbox"));
            assertEquals(0, run(on(d.processArguments(), restoredUrl, restored, freshOutbox)),
                    printed.toString(StandardCharsets.UTF_8));
            assertEquals(report(d.outbox), report(freshOutbox), "the same statistics and journal from the restored copy");
            for (String folder : List.of("archive", "quarantine")) {
                List<Path> originals = Department.filesUnder(d.data.resolve(folder));
                assertEquals(originals.stream().map(f -> d.data.relativize(f)).toList(),
                        Department.filesUnder(restored.resolve(folder)).stream().map(f -> restored.relativize(f)).toList());
            }
        } finally {
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + restoredName + "'");
                s.execute("DROP DATABASE IF EXISTS " + restoredName);
            }
        }
    }

    @Test
    void withoutPgDumpTheBackupSaysWhatToInstallAndMakesNothing() throws Exception {
        String url = Postgres.freshSchemaUrl();
        Department d = new Department(dir);
        Path backup = dir.resolve("копия");
        assertEquals(1, run(List.of("backup", "--to", backup.toString(), "--data", d.data.toString(), "--database", url,
                "--pg-dump", dir.resolve("нет такой программы").toString())));
        assertEquals("Программа pg_dump не найдена: " + dir.resolve("нет такой программы").toAbsolutePath() + ".",
                printed.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(backup));
    }

    private static ru.vprsvod.config.Settings withDatabase(Department d, String url) {
        ru.vprsvod.config.Settings s = d.settings();
        return new ru.vprsvod.config.Settings(s.mode(), s.inbox(), s.outbox(), s.reference(), s.templates(), s.data(),
                s.host(), s.port(), s.poll(), s.settle(), s.giveUp(), s.readTimeout(), s.proxy(), s.pdf(), s.soffice(), url);
    }
}
