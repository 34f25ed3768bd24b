package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/**
 * The service killed with SIGKILL ({@code Process.destroyForcibly}) at random moments while it processes a
 * batch, many times over, each time restarted as a new JVM: after every restart each file placed in the inbox
 * is in the journal exactly once with its original bytes, nothing is counted twice, and the outbox holds only
 * whole files. The child is the real program ({@code Main process}) on real folders.
 *
 * <p>{@code -Dcrash.cycles=N} and {@code -Dcrash.seed=S} run a longer or different soak.
 */
class CrashRecoveryIT {

    private static final int KILLS = Integer.getInteger("crash.cycles", 30);
    private static final long SEED = Long.getLong("crash.seed", 20260521L);
    private static final List<String> SCHOOLS = List.of("edu990001", "edu990002", "edu990003", "edu990004", "edu990005",
            "edu990006", "edu990007", "edu990008");

    @TempDir
    Path dir;

    private Department department;
    private Path log;
    private final Random random = new Random(SEED);

    /** What the test put in the inbox, by its unique name. */
    private record Placed(String name, String school, String sha256, Kind kind, int present) {
    }

    private enum Kind { VALID, DUPLICATE, BROKEN, INVALID }

    private final Map<String, Placed> placed = new TreeMap<>();
    private final Map<String, Placed> currentOfSchool = new HashMap<>();
    private final List<Placed> accepted = new ArrayList<>();
    private final Map<String, Integer> killedAfter = new TreeMap<>();
    private int leftoversSeenAfterKills;

    /** A child JVM running the one-shot command, its output copied to the log as it comes. */
    private final class Child {
        final Process process;
        final CountDownLatch firstStep = new CountDownLatch(1);
        volatile String lastStep = "startup";
        final Thread pump;

        Child() throws IOException {
            process = department.childProcess().start();
            pump = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                     PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                             java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        out.println(line);
                        int at = line.indexOf("step=");
                        if (at >= 0) {
                            lastStep = line.substring(at + 5).split(" ", 2)[0];
                            firstStep.countDown();
                        }
                    }
                } catch (IOException e) {
                    // the child was killed mid-line
                }
            }, "child-output");
            pump.start();
        }

        /** Kills at a random moment; false when the child had already finished by then. */
        boolean killAtRandom() throws Exception {
            int where = random.nextInt(10);
            if (where < 2) {
                process.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS); // anywhere, start-up included
            } else {
                firstStep.await(20, TimeUnit.SECONDS);
                // Files take a few hundred milliseconds, the documents after them a second or two: aim at both.
                process.waitFor(random.nextInt(where < 7 ? 500 : 2500), TimeUnit.MILLISECONDS);
            }
            if (!process.isAlive()) {
                pump.join();
                return false;
            }
            process.destroyForcibly();
            process.waitFor();
            pump.join();
            killedAfter.merge(lastStep, 1, Integer::sum);
            return true;
        }

        int complete() throws Exception {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the restarted service finishes its pass");
            pump.join();
            return process.exitValue();
        }
    }

    @Test
    void killedAtRandomMomentsDuringBatchesTheServiceLosesNothingCountsNothingTwiceAndLeavesNoHalfWrittenFile()
            throws Exception {
        department = new Department(dir);
        log = dir.resolve("children.log");
        int kills = 0;
        int cycles = 0;
        long started = System.nanoTime();
        while (kills < KILLS && cycles < KILLS * 3) {
            cycles++;
            placeBatch(cycles);
            // Killed, then often killed again while recovering (up to three times in a row), then let finish.
            for (int inRow = 0; inRow < 3 && (inRow == 0 || random.nextInt(10) < 6) && new Child().killAtRandom(); inRow++) {
                kills++;
                leftoversSeenAfterKills += temporaryLeftovers().size();
            }
            assertEquals(0, new Child().complete(), "exit code of the restart; see " + log);
            checkInvariants(cycles);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("%n=== Crash recovery: %d kills (SIGKILL) in %d cycles, %d files placed, %d s; killed after step: %s;"
                        + " temporary files left by kills and cleared on restart: %d; files lost: 0, double-counted: 0,"
                        + " partial outputs: 0 (checked after every restart)%n",
                kills, cycles, placed.size(), seconds, killedAfter, leftoversSeenAfterKills);
        assertTrue(kills >= KILLS, "killed " + kills + " times");
    }

    /** Six files: three new results of different schools, a copy of an accepted file, a broken file, a form with an error. */
    private void placeBatch(int cycle) throws IOException {
        List<String> schools = new ArrayList<>(SCHOOLS);
        java.util.Collections.shuffle(schools, random);
        for (int i = 0; i < 3; i++) {
            String school = schools.get(i);
            Protocol form = Protocol.math4();
            form.above.add(Protocol.values("ВПР 2026 Математика 4 класс"));
            int present = 1 + random.nextInt(4);
            for (int p = 0; p < present; p++) {
                form.pupilScoring(cycle * 100 + i * 10 + p, "4А", 2 + random.nextInt(4), random.nextInt(21));
            }
            if (random.nextBoolean()) {
                form.absent(cycle * 100 + i * 10 + 9, "4А");
            }
            Placed valid = place(cycle, "результаты " + i + ".xlsx", school, Kind.VALID, present,
                    file -> form.write(file));
            currentOfSchool.put(school, valid);
            accepted.add(valid);
        }
        // A repeat of a file in force (a school's latest, from an earlier cycle): only such a copy is a duplicate;
        // a copy of a replaced file is the school going back to it, and counts.
        List<String> sentNow = schools.subList(0, 3);
        List<Placed> inForce = currentOfSchool.entrySet().stream().filter(e -> !sentNow.contains(e.getKey()))
                .map(Map.Entry::getValue).sorted(java.util.Comparator.comparing(Placed::name)).toList();
        if (!inForce.isEmpty()) {
            Placed original = inForce.get(random.nextInt(inForce.size()));
            byte[] bytes = Files.readAllBytes(dir.resolve("sent").resolve(original.name()));
            place(cycle, "ещё раз.xlsx", original.school(), Kind.DUPLICATE, 0, file -> Files.write(file, bytes));
        }
        place(cycle, "не таблица.xlsx", schools.get(3), Kind.BROKEN, 0,
                file -> Files.writeString(file, "это не таблица, цикл " + cycle));
        Protocol wrong = Protocol.math4();
        wrong.above.add(Protocol.values("ВПР 2026 Математика 4 класс"));
        wrong.pupil(cycle * 100 + 99, "4А", 7, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2);
        place(cycle, "с ошибкой.xlsx", schools.get(4), Kind.INVALID, 0, file -> wrong.write(file));
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** Written outside the inbox, kept for comparison, then moved in whole: the test never shows a half file. */
    private Placed place(int cycle, String name, String school, Kind kind, int present, Writer writer) throws IOException {
        String unique = String.format("ц%02d %s", cycle, name);
        Path sent = Files.createDirectories(dir.resolve("sent")).resolve(unique);
        writer.write(sent);
        Path target = Files.createDirectories(department.inbox.resolve(school)).resolve(unique);
        Files.copy(sent, dir.resolve("staging.tmp"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(dir.resolve("staging.tmp"), target, StandardCopyOption.ATOMIC_MOVE);
        Placed p = new Placed(unique, school, Department.sha256(sent), kind, present);
        placed.put(unique, p);
        return p;
    }

    private List<Path> temporaryLeftovers() {
        List<Path> leftovers = new ArrayList<>();
        for (Path file : Department.filesUnder(department.outbox)) {
            if (file.getFileName().toString().startsWith(".~")) {
                leftovers.add(file);
            }
        }
        for (Path file : Department.filesUnder(department.data)) {
            if (file.getFileName().toString().endsWith(".part")) {
                leftovers.add(file);
            }
        }
        return leftovers;
    }

    private void checkInvariants(int cycle) throws Exception {
        String when = "after the restart of cycle " + cycle + " (seed " + SEED + ", log " + log + ")";
        assertEquals(List.of(), Department.filesUnder(department.inbox).stream()
                .filter(f -> !f.startsWith(department.workFolder())).toList(), "inbox left untaken " + when);
        assertEquals(List.of(), Department.filesUnder(department.workFolder()), "work folder not empty " + when);

        Set<String> referenced = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + department.data.resolve("vpr-svod.db"));
             Statement s = db.createStatement()) {
            Map<String, Integer> rowsByName = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT original_name, sha256, status, archive_path, receipt_path, claim_id"
                    + " FROM files")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    rowsByName.merge(name, 1, Integer::sum);
                    Placed p = placed.get(name);
                    assertTrue(p != null, "a file nobody placed: " + name + " " + when);
                    assertEquals(p.sha256(), rs.getString(2), "hash of " + name + " " + when);
                    String status = rs.getString(3);
                    switch (p.kind()) {
                        case VALID -> assertTrue(status.startsWith("ACCEPTED"), name + " " + status + " " + when);
                        case DUPLICATE -> assertEquals("DUPLICATE", status, name + " " + when);
                        case BROKEN, INVALID -> assertEquals("REJECTED", status, name + " " + when);
                    }
                    String archived = rs.getString(4);
                    referenced.add(archived);
                    assertTrue(archived.startsWith(p.kind() == Kind.BROKEN ? "quarantine/" : "archive/"), archived + " " + when);
                    Path original = department.data.resolve(archived);
                    assertTrue(Files.isRegularFile(original), "original lost: " + archived + " " + when);
                    assertEquals(p.sha256(), Department.sha256(original), "original altered: " + archived + " " + when);
                    Path receipt = department.outbox.resolve(rs.getString(5));
                    assertTrue(Files.isRegularFile(receipt), "no receipt for " + name + " " + when);
                    assertTrue(rs.getString(5).startsWith(p.school() + "/"), "receipt in the school's folder " + when);
                }
            }
            for (Placed p : placed.values()) {
                assertEquals(1, rowsByName.getOrDefault(p.name(), 0), "rows for " + p.name() + " " + when);
            }
            assertEquals(placed.size(), rowsByName.values().stream().mapToInt(Integer::intValue).sum(), when);
            try (ResultSet rs = s.executeQuery("SELECT sha256, count(*) FROM files WHERE status LIKE 'ACCEPTED%'"
                    + " GROUP BY sha256 HAVING count(*) > 1")) {
                assertTrue(!rs.next(), "the same content counted twice " + when);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM file_events WHERE step IN ('received','claimed','resumed')"
                    + " AND claim_id NOT IN (SELECT claim_id FROM files)")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "journal: taken but never recorded " + when);
            }
            try (ResultSet rs = s.executeQuery("SELECT f.original_name, (SELECT group_concat(e.step, ',') FROM file_events e"
                    + " WHERE e.claim_id = f.claim_id) FROM files f WHERE NOT EXISTS (SELECT 1 FROM"
                    + " file_events e WHERE e.claim_id = f.claim_id AND e.step = 'recorded') OR NOT EXISTS (SELECT 1 FROM"
                    + " file_events e WHERE e.claim_id = f.claim_id AND e.step = 'receipt')")) {
                assertTrue(!rs.next(), () -> {
                    try {
                        return "journal lacks «recorded» or «receipt»: " + rs.getString(1) + " has " + rs.getString(2) + " "
                                + when;
                    } catch (java.sql.SQLException e) {
                        return e.toString();
                    }
                });
            }
            Map<String, String> currentSha = new HashMap<>();
            Map<String, Integer> currentPresent = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT sub.school, f.sha256, (SELECT count(*) FROM participants p WHERE"
                    + " p.submission_id = sub.id AND p.absent = 0) FROM submissions sub JOIN files f ON f.id = sub.file_id"
                    + " WHERE sub.replaced_by IS NULL")) {
                while (rs.next()) {
                    assertTrue(currentSha.put(rs.getString(1), rs.getString(2)) == null, "two current submissions " + when);
                    currentPresent.put(rs.getString(1), rs.getInt(3));
                }
            }
            for (Map.Entry<String, Placed> e : currentOfSchool.entrySet()) {
                assertEquals(e.getValue().sha256(), currentSha.get(e.getKey()), "current data of " + e.getKey() + " " + when);
                assertEquals(e.getValue().present(), currentPresent.get(e.getKey()), when);
            }
            assertEquals(currentOfSchool.keySet(), currentSha.keySet(), when);
        }
        checkOriginalsNotReferencedAreRecognisable(referenced, when);
        checkOutbox(when);
    }

    /**
     * A crash between archiving and recording may leave the copy made then beside the one recorded after the
     * restart only when the file moved on to quarantine in one attempt and not in the other; such a copy is named
     * by its claim, which is recorded once, so it is recognised and never counted.
     */
    private void checkOriginalsNotReferencedAreRecognisable(Set<String> referenced, String when) throws Exception {
        Set<String> claims = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + department.data.resolve("vpr-svod.db"));
             Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT claim_id FROM files")) {
            while (rs.next()) {
                claims.add(rs.getString(1));
            }
        }
        for (Path file : Department.filesUnder(department.data)) {
            String relative = department.data.relativize(file).toString().replace(File.separatorChar, '/');
            if (!(relative.startsWith("archive/") || relative.startsWith("quarantine/")) || relative.endsWith(".txt")) {
                continue;
            }
            assertTrue(!relative.endsWith(".part"), "an unfinished copy left " + relative + " " + when);
            if (!referenced.contains(relative)) {
                String claim = file.getFileName().toString().split("__", 2)[0];
                assertTrue(claims.contains(claim), "an original of an unknown arrival: " + relative + " " + when);
            }
        }
    }

    /** Only whole files: no temporary names, every document opens, every receipt is whole text. */
    private void checkOutbox(String when) throws Exception {
        int present = 0;
        for (Placed p : currentOfSchool.values()) {
            present += p.present();
        }
        for (Path file : Department.filesUnder(department.outbox)) {
            String name = file.getFileName().toString();
            assertTrue(!name.startsWith(".~"), "a half-written file in the outbox: " + file + " " + when);
            if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    assertTrue(zip.getEntry("[Content_Types].xml") != null, "not a whole document: " + file + " " + when);
                }
            } else if (name.endsWith(".json")) {
                new ObjectMapper().readTree(file.toFile());
            } else if (name.endsWith(".txt")) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("\uFEFF") && (!name.startsWith("Протокол") || text.contains("ПРОТОКОЛ")),
                        "not a whole receipt: " + file + " " + when);
                assertTrue(text.endsWith("\r\n"), "a receipt cut short: " + file + " " + when);
            }
        }
        JsonNode report = new ObjectMapper().readTree(department.outbox.resolve("report.json").toFile());
        assertEquals(placed.size(), report.get("files").size(), "report.json lists every file once " + when);
        JsonNode math4 = null;
        for (JsonNode work : report.get("years").get(0).get("works")) {
            if (work.get("subject").asText().equals("Математика") && work.get("grade").asInt() == 4) {
                math4 = work;
            }
        }
        assertEquals(present, math4.get("district").get("present").asInt(),
                "district statistics count each school's data once " + when);
    }
}
