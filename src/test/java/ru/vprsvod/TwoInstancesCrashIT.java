package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Postgres;
import ru.vprsvod.testing.Protocol;

/**
 * Two instances of the service ({@code Main serve}, each a JVM of its own with its own port) on one inbox, outbox
 * and data folder and one real PostgreSQL database, as a region runs them behind a proxy. Every cycle places a batch
 * of files, kills one instance with SIGKILL at a random moment (sometimes the other too, restarted at once) and
 * leaves it dead until the other has finished: every file is recorded once and none twice, its original archived
 * whole, each school's latest data in force once, report.json lists every file and the outbox holds only whole
 * files. The killed instance comes back for the next cycle, so either may be the one that makes the outputs when
 * it dies.
 *
 * <p>Needs the test server ({@code VPR_TEST_POSTGRES}, see {@link Postgres}): skipped without it, failed under
 * {@code CI=true}. {@code -Dtwo.cycles=N} and {@code -Dtwo.seed=S} run a longer or different soak.
 */
class TwoInstancesCrashIT {

    private static final int CYCLES = Integer.getInteger("two.cycles", 6);
    private static final long SEED = Long.getLong("two.seed", 20261203L);
    private static final List<String> SCHOOLS = List.of("edu990001", "edu990002", "edu990003", "edu990004", "edu990005",
            "edu990006", "edu990007", "edu990008");

    @TempDir
    Path dir;

    private Department department;
    private String url;
    private Path log;
    private final Random random = new Random(SEED);
    private final Instance[] instances = new Instance[2];

    private record Placed(String name, String school, String sha256, Kind kind, int present) {
    }

    private enum Kind { VALID, DUPLICATE, BROKEN, INVALID }

    private final Map<String, Placed> placed = new TreeMap<>();
    private final Map<String, Placed> currentOfSchool = new HashMap<>();
    private final Map<String, Integer> killedAfter = new TreeMap<>();
    private final long born = System.nanoTime();
    /** The first step of a file either instance logs after a batch is placed. */
    private volatile CountDownLatch firstStep = new CountDownLatch(1);

    /** One instance: a serving JVM on its own port, its output copied to the shared log. */
    private final class Instance {
        final String name;
        final int port;
        Process process;
        volatile String lastStep;
        Thread pump;

        Instance(String name) throws IOException {
            this.name = name;
            try (ServerSocket free = new ServerSocket(0)) {
                this.port = free.getLocalPort();
            }
        }

        void start() throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Djava.awt.headless=true",
                    "-Dorg.slf4j.simpleLogger.log.ru.vprsvod.log.LifeLog=info", "-cp", Department.classPath(),
                    Main.class.getName(), "serve", "--inbox", department.inbox.toString(), "--outbox",
                    department.outbox.toString(), "--reference", department.reference.toString(), "--templates",
                    department.templates.toString(), "--data", department.data.toString(), "--pdf", "нет",
                    "--database", url, "--port", String.valueOf(port), "--poll", "1", "--settle", "0"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("LC_ALL", "C.UTF-8");
            lastStep = "startup";
            process = builder.start();
            Process own = process;
            pump = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(own.getInputStream(), StandardCharsets.UTF_8));
                     PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                             StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (TwoInstancesCrashIT.this) {
                            out.println(String.format("%6.1f %s | %s", (System.nanoTime() - born) / 1e9, name, line));
                        }
                        int at = line.indexOf("step=");
                        if (at >= 0) {
                            lastStep = line.substring(at + 5).split(" ", 2)[0];
                            firstStep.countDown();
                        }
                    }
                } catch (IOException e) {
                    // killed mid-line
                }
            }, "output-" + name);
            pump.start();
        }

        void kill() throws InterruptedException {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroyForcibly();
            process.waitFor();
            pump.join();
            killedAfter.merge(lastStep, 1, Integer::sum);
        }
    }

    @AfterEach
    void stopInstances() throws InterruptedException {
        for (Instance instance : instances) {
            if (instance != null) {
                instance.kill();
            }
        }
    }

    @Test
    void twoInstancesKilledAtRandomMomentsRecordEveryFileOnceAndTheSurvivorFinishesTheWork() throws Exception {
        url = Postgres.freshSchemaUrl();
        department = new Department(dir);
        log = dir.resolve("instances.log");
        instances[0] = new Instance("A");
        instances[1] = new Instance("B");
        for (Instance instance : instances) {
            instance.start();
        }
        long started = System.nanoTime();
        int kills = 0;
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            firstStep = new CountDownLatch(1);
            placeBatch(cycle);
            Instance victim = instances[random.nextInt(2)];
            Instance other = victim == instances[0] ? instances[1] : instances[0];
            // At a random moment of the batch: start-up of a restarted instance, a file's steps, the outputs after them.
            if (random.nextInt(10) < 3) {
                Thread.sleep(random.nextInt(1500));
            } else {
                firstStep.await(20, TimeUnit.SECONDS);
                Thread.sleep(random.nextInt(random.nextBoolean() ? 400 : 2500));
            }
            victim.kill();
            kills++;
            if (random.nextInt(10) < 3) {
                // Both fail: the other too, a moment later, and comes back at once; the victim stays dead.
                Thread.sleep(random.nextInt(800));
                other.kill();
                kills++;
                other.start();
            }
            synchronized (this) {
                Files.writeString(log, String.format("%6.1f test | cycle %d: %s killed%n", (System.nanoTime() - born) / 1e9,
                        cycle, victim.name), StandardOpenOption.APPEND);
            }
            String when = "cycle " + cycle + " (seed " + SEED + ", " + victim.name + " killed, log " + log + ")";
            awaitFinished(when);
            checkInvariants(when);
            victim.start();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("%n=== Two instances on one PostgreSQL: %d kills (SIGKILL) in %d cycles, %d files placed, %d s;"
                        + " the killed one's last step: %s («startup»: none yet); files lost: 0, double-counted: 0,"
                        + " partial outputs: 0%n",
                kills, CYCLES, placed.size(), seconds, killedAfter);
    }

    /** Until the survivor took every file, recorded it and brought report.json up to date; 90 s at most. */
    private void awaitFinished(String when) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            boolean anyAlive = false;
            for (Instance instance : instances) {
                anyAlive |= instance.process != null && instance.process.isAlive();
            }
            if (!anyAlive) {
                keepLog();
                throw new AssertionError("no instance is running (one that should have survived ended by itself) " + when);
            }
            if (untaken().isEmpty() && claimsLeft().isEmpty()
                    && recordedCount() == placed.size() && reportFiles() == placed.size()
                    && reportPresent() == currentOfSchool.values().stream().mapToInt(Placed::present).sum()) {
                return;
            }
            Thread.sleep(200);
        }
        for (Instance instance : instances) {
            if (instance.process != null && instance.process.isAlive()) {
                // What the survivor is doing instead: its threads, in the kept log.
                Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(instance.process.pid()), "Thread.print").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                dump.waitFor(30, TimeUnit.SECONDS);
            }
        }
        keepLog();
        throw new AssertionError("the survivor did not finish the work within 90 s " + when + ": untaken "
                + untaken() + ", in the work folder " + claimsLeft()
                + ", recorded " + recordedCount() + " of " + placed.size() + ", report.json lists " + reportFiles());
    }

    /** The instances' log outlives the temporary folder, for the one who reads a failure. */
    private void keepLog() throws IOException {
        Path kept = Path.of("target", "two-instances.log");
        Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("The instances' log: " + kept.toAbsolutePath());
    }

    /**
     * The files under a folder while the instances run: a write probe or a temporary file may vanish between listing
     * and looking at it, so the listing is taken again.
     */
    private static List<Path> filesUnder(Path folder) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Department.filesUnder(folder);
            } catch (java.io.UncheckedIOException e) {
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException) || attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * What is left in the work folder: claims, and write probes older than 30 s (a live instance's probe lasts
     * milliseconds; a killed one's must be cleared by the survivor).
     */
    private List<Path> claimsLeft() {
        long stale = System.currentTimeMillis() - 30_000;
        return filesUnder(department.workFolder()).stream().filter(f -> !f.getFileName().toString().startsWith(".~probe-")
                || f.toFile().lastModified() < stale && f.toFile().exists()).toList();
    }

    private List<Path> untaken() {
        return filesUnder(department.inbox).stream().filter(f -> !f.startsWith(department.workFolder())).toList();
    }

    private int recordedCount() throws Exception {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM files")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int reportFiles() {
        Path report = department.outbox.resolve("report.json");
        try {
            return Files.isRegularFile(report) ? new ObjectMapper().readTree(report.toFile()).get("files").size() : -1;
        } catch (IOException e) {
            throw new AssertionError("report.json is not whole: " + e);
        }
    }

    /** Pupils present in the district's «Математика, 4 класс» of report.json; -1 before there is one. */
    private int reportPresent() throws IOException {
        if (reportFiles() < 0) {
            return -1;
        }
        for (JsonNode work : new ObjectMapper().readTree(department.outbox.resolve("report.json").toFile()).get("years").get(0)
                .get("works")) {
            if (work.get("subject").asText().equals("Математика") && work.get("grade").asInt() == 4) {
                return work.get("district").get("present").asInt();
            }
        }
        return -1;
    }

    private Connection database() throws Exception {
        Properties credentials = new Properties();
        String password = System.getenv("VPR_DB_PASSWORD");
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return DriverManager.getConnection(url, credentials);
    }

    /** Three new results of different schools, a copy of a file in force, a file that is no workbook, one with an error. */
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
            currentOfSchool.put(school, place(cycle, "результаты " + i + ".xlsx", school, Kind.VALID, present, form::write));
        }
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
        place(cycle, "с ошибкой.xlsx", schools.get(4), Kind.INVALID, 0, wrong::write);
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

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

    private void checkInvariants(String when) throws Exception {
        try (Connection db = database(); Statement s = db.createStatement()) {
            Map<String, Integer> rowsByName = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT original_name, sha256, status, archive_path, receipt_path FROM files")) {
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
                    Path original = department.data.resolve(rs.getString(4));
                    assertTrue(Files.isRegularFile(original), "original lost: " + original + " " + when);
                    assertEquals(p.sha256(), Department.sha256(original), "original altered: " + original + " " + when);
                    assertTrue(Files.isRegularFile(department.outbox.resolve(rs.getString(5))), "no receipt for " + name + " " + when);
                }
            }
            for (Placed p : placed.values()) {
                assertEquals(1, rowsByName.getOrDefault(p.name(), 0), "rows for " + p.name() + " " + when);
            }
            try (ResultSet rs = s.executeQuery("SELECT sha256, count(*) FROM files WHERE status LIKE 'ACCEPTED%'"
                    + " GROUP BY sha256 HAVING count(*) > 1")) {
                assertTrue(!rs.next(), "the same content counted twice " + when);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM file_events WHERE step IN ('received','claimed','resumed')"
                    + " AND claim_id NOT IN (SELECT claim_id FROM files)")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "journal: taken but never recorded " + when);
            }
            try (ResultSet rs = s.executeQuery("SELECT f.original_name FROM files f WHERE NOT EXISTS (SELECT 1 FROM"
                    + " file_events e WHERE e.claim_id = f.claim_id AND e.step = 'recorded') OR NOT EXISTS (SELECT 1 FROM"
                    + " file_events e WHERE e.claim_id = f.claim_id AND e.step = 'receipt')")) {
                assertTrue(!rs.next(), "journal lacks «recorded» or «receipt» " + when);
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
        }
        checkOutbox(when);
    }

    /**
     * Only whole files where anyone looks: every workbook and document opens, every receipt is whole, report.json
     * counts each school's data once. A killed instance may leave its temporary file («.~…tmp», hidden, never
     * listed); with shared folders it is cleared only when an hour old, since it may be the other's write.
     */
    private void checkOutbox(String when) throws Exception {
        int present = currentOfSchool.values().stream().mapToInt(Placed::present).sum();
        for (Path file : filesUnder(department.outbox)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".~") && name.endsWith(".tmp")) {
                continue;
            }
            if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    assertTrue(zip.getEntry("[Content_Types].xml") != null, "not a whole document: " + file + " " + when);
                }
            } else if (name.endsWith(".json")) {
                new ObjectMapper().readTree(file.toFile());
            } else if (name.endsWith(".txt")) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("\uFEFF") && text.endsWith("\r\n"), "not a whole receipt: " + file + " " + when);
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
