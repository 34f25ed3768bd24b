package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.intake.WorkFolder;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.Tmpfs;

/**
 * Faults of the machine, not of a file, made for real: a small tmpfs filled up or remounted read-only, a folder the
 * service's user may not write, a small heap. For each: the one Russian sentence the user reads, the exit code, no
 * file lost or counted twice, a journal that tells every step, and recovery once the fault is mended. The program
 * runs as a user runs it, in a child JVM.
 */
class MachineFaultsIT {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};
    private static final List<String> SCHOOLS = List.of("edu990001", "edu990002", "edu990003", "edu990004", "edu990005",
            "edu990006", "edu990007", "edu990008");

    @TempDir
    Path dir;
    private Tmpfs tmpfs;
    private Department d;

    @BeforeEach
    void setUp() {
        tmpfs = Tmpfs.required();
        d = new Department(dir);
    }

    @AfterEach
    void tearDown() {
        tmpfs.close();
    }

    @Test
    void aDataDiskThatFillsUpMidPassStopsWithOneRussianSentenceAndExitThreeAndTheNextRunFinishesEverything()
            throws Exception {
        tmpfs.mount(d.data, "2500k");
        Map<String, String> sent = placeFiles(48);

        Run full = run(d.processArguments());

        assertEquals(3, full.exit(), full.out());
        String sentence = "Запись невозможна: папка данных " + d.data.toAbsolutePath() + " — на диске нет места";
        assertEquals(1, count(full.out(), sentence), full.out());
        assertTrue(full.out().contains("Обработка прервана. " + sentence), full.out());
        assertFalse(full.out().contains("\tat "), "no stack trace for a full disk:\n" + full.out());
        assertNothingLost(sent);

        tmpfs.remount(d.data, "size=30m");
        Run again = run(d.processArguments());

        assertEquals(0, again.exit(), again.out());
        assertEveryFileRecordedOnceWithItsWholeTrail(sent);
    }

    @Test
    void aReadOnlyOutboxIsFoundBeforeAnyFileIsTaken() throws Exception {
        tmpfs.mount(d.outbox, "20m");
        tmpfs.remount(d.outbox, "ro");
        Map<String, String> sent = placeFiles(6);

        Run readOnly = run(d.processArguments());

        assertEquals(3, readOnly.exit(), readOnly.out());
        assertTrue(readOnly.out().contains("Обработка невозможна. Запись невозможна: папка исходящих "
                + d.outbox.toAbsolutePath() + " — диск доступен только для чтения."), readOnly.out());
        assertEquals(sent.size(), filesIn(d.inbox).size(), "nothing taken: every file still where the school put it");
        assertFalse(Files.exists(d.data.resolve("archive")), "nothing archived either");

        tmpfs.remount(d.outbox, "rw");
        assertEquals(0, run(d.processArguments()).exit());
        assertEveryFileRecordedOnceWithItsWholeTrail(sent);
    }

    @Test
    void anOutboxThatFillsUpMidPassStopsTheRunAndTheNextRunWritesEveryReceiptAndDocument() throws Exception {
        try (var templates = Files.newDirectoryStream(Path.of("templates"), "*.docx")) {
            for (Path template : templates) {
                Files.copy(template, d.templates.resolve(template.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        tmpfs.mount(d.outbox, "20m");
        Map<String, String> sent = placeFiles(24);
        // Another program fills the disk once the first receipt is out: the rest of the pass meets a full outbox.
        Thread filler = new Thread(() -> fillOnceAReceiptAppears(d.outbox, d.outbox.resolve("занято.bin")));
        filler.start();

        Run full = run(d.processArguments());
        filler.join(10_000);

        assertEquals(3, full.exit(), full.out());
        assertTrue(full.out().contains("Обработка прервана. Запись невозможна: папка исходящих " + d.outbox.toAbsolutePath()
                + " — на диске нет места"), full.out());
        assertFalse(full.out().contains("\tat "), full.out());
        assertNothingLost(sent);

        Files.delete(d.outbox.resolve("занято.bin"));
        Run again = run(d.processArguments());
        assertEquals(0, again.exit(), again.out());
        assertEveryFileRecordedOnceWithItsWholeTrail(sent);
        assertTrue(Files.exists(d.outbox.resolve("Аналитическая справка ВПР 2026.docx")), "the documents are made now");
    }

    @Test
    void anOutboxTheServicesUserMayNotWriteIsNamedWithTheUser() throws Exception {
        // Root may write anywhere, so the program runs as «nobody», on copies of its class path it can read.
        String classes = copyClassPath(dir.resolve("cp"));
        Map<String, String> sent = placeFiles(3);
        // Everything is the service user's but the outbox, which stays root's, rwxr-xr-x.
        Tmpfs.run("chown", "-R", "65534:65534", dir.toString());
        Tmpfs.run("chown", "0:0", d.outbox.toString());
        Files.setPosixFilePermissions(d.outbox, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--",
                javaBinary(), "-Xmx256m", "-Djava.awt.headless=true", "-Duser.home=" + dir, "-cp", classes,
                Main.class.getName()));
        command.addAll(d.processArguments());
        Run denied = run(command);

        assertEquals(3, denied.exit(), denied.out());
        assertTrue(denied.out().contains("Обработка невозможна. Запись невозможна: папка исходящих "
                + d.outbox.toAbsolutePath() + " — у программы нет прав на запись в эту папку (программа работает от"
                + " имени пользователя «nobody»)."), denied.out());
        assertEquals(sent.size(), filesIn(d.inbox).size());
    }

    @Test
    void theServiceWithAFullOutboxNeitherRetriesFilesEveryPassNorTellsTheFaultEveryPass() throws Exception {
        tmpfs.mount(d.outbox, "20m");
        tmpfs.remount(d.outbox, "ro");
        placeFiles(6);
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.log.ru.vprsvod.log.LifeLog=info", "-cp", Department.classPath(),
                Main.class.getName(), "serve", "--port", String.valueOf(freePort()), "--poll", "1", "--pdf", "нет"));
        command.addAll(d.processArguments().subList(1, d.processArguments().size() - 2));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        Path log = dir.resolve("serve.log");
        Thread copier = new Thread(() -> {
            try {
                Files.copy(serve.getInputStream(), log);
            } catch (IOException ignored) {
                // the process was stopped
            }
        });
        copier.start();
        Thread.sleep(12_000);
        serve.destroy();
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        copier.join(10_000);
        String out = Files.readString(log, StandardCharsets.UTF_8);

        assertEquals(1, count(out, "Запись невозможна: папка исходящих"), "told once in the first minute:\n" + out);
        assertEquals(0, count(out, "step=failed") + count(out, "step=resumed") + count(out, "step=claimed"), out);
        assertEquals(6, filesIn(d.inbox).size());
    }

    @Test
    void largeFilesReadTogetherAtASmallHeapAreAllAcceptedBecauseReadingAheadKeepsToTheMemory() throws Exception {
        // Each of these is read at -Xmx96m alone, but two at once do not fit: read ahead by count, three of the four
        // were rejected «не хватило памяти» (found by the fault suite of issue 16).
        for (int i = 0; i < 4; i++) {
            Protocol big = Protocol.math4();
            for (int pupil = 0; pupil < 30_000; pupil++) {
                big.pupil(100_000 * (i + 1) + pupil, "4А", 4, FULL);
            }
            big.write(d.inbox.resolve(SCHOOLS.get(i)).resolve(SCHOOLS.get(i) + "_Математика_4_2026.xlsx"));
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx96m", "-Djava.awt.headless=true", "-cp",
                Department.classPath(), Main.class.getName()));
        command.addAll(d.processArguments());

        Run small = run(command);

        assertEquals(0, small.exit(), small.out());
        assertTrue(small.out().contains("Обработано файлов: 4 (принято: 4,"), small.out());
    }

    // ---- the district and its checks ----

    /** {@code n} different results files spread over the schools' folders; returns each file's SHA-256 by name. */
    private Map<String, String> placeFiles(int n) throws IOException {
        Map<String, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String school = SCHOOLS.get(i % SCHOOLS.size());
            Protocol form = Protocol.math4();
            for (int pupil = 0; pupil < 25; pupil++) {
                form.pupil(10_000 + 100 * i + pupil, "4А", 2 + (pupil + i) % 4, FULL);
            }
            String name = school + "_Математика_4_2026 (" + (i + 1) + ").xlsx";
            Path file = form.write(d.inbox.resolve(school).resolve(name));
            sent.put(name, Department.sha256(file));
        }
        return sent;
    }

    /** Every file sent is in the inbox, in the work folder, or recorded — never nowhere. */
    private void assertNothingLost(Map<String, String> sent) throws Exception {
        Set<String> accounted = new HashSet<>();
        for (Path f : filesIn(d.inbox)) {
            accounted.add(Department.sha256(f));
        }
        for (Path f : Department.filesUnder(d.workFolder())) {
            if (f.getFileName().toString().equals("file")) {
                accounted.add(Department.sha256(f));
            }
        }
        accounted.addAll(recorded().values());
        for (Map.Entry<String, String> e : sent.entrySet()) {
            assertTrue(accounted.contains(e.getValue()), e.getKey() + " was lost");
        }
    }

    private void assertEveryFileRecordedOnceWithItsWholeTrail(Map<String, String> sent) throws Exception {
        assertEquals(List.of(), filesIn(d.inbox), "the inbox is empty");
        assertEquals(List.of(), Department.filesUnder(d.workFolder()), "the work folder is empty");
        Map<String, String> recorded = recorded();
        assertEquals(sent.size(), recorded.size(), "each file recorded once: " + recorded.keySet());
        assertEquals(Set.copyOf(sent.values()), Set.copyOf(recorded.values()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + d.data.resolve("vpr-svod.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT f.claim_id, (SELECT group_concat(step, ',') FROM (SELECT step FROM"
                     + " file_events e WHERE e.claim_id = f.claim_id ORDER BY e.id)) FROM files f")) {
            while (rs.next()) {
                String trail = rs.getString(2);
                assertTrue(trail.startsWith("claimed,"), rs.getString(1) + ": " + trail);
                assertTrue(trail.contains(",recorded,") && trail.endsWith(",receipt,done"), rs.getString(1) + ": " + trail);
            }
        }
    }

    /** SHA-256 of every recorded file, by claim. */
    private Map<String, String> recorded() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        Path db = d.data.resolve("vpr-svod.db");
        if (!Files.exists(db)) {
            return files;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT claim_id, sha256 FROM files")) {
            while (rs.next()) {
                assertFalse(files.containsKey(rs.getString(1)), "claim recorded twice: " + rs.getString(1));
                files.put(rs.getString(1), rs.getString(2));
            }
        }
        return files;
    }

    /** The files schools put in the inbox (the work folder is the program's). */
    private List<Path> filesIn(Path inbox) {
        return Department.filesUnder(inbox).stream().filter(p -> !p.startsWith(inbox.resolve(WorkFolder.NAME))).toList();
    }

    private record Run(int exit, String out) {
    }

    private Run run(List<String> command) throws Exception {
        List<String> full = new ArrayList<>(command);
        if (!full.get(0).equals("setpriv") && !full.get(0).equals(javaBinary())) {
            List<String> jvm = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                    Department.classPath(), Main.class.getName()));
            jvm.addAll(full);
            full = jvm;
        }
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        return new Run(p.exitValue(), out);
    }

    private static void fillOnceAReceiptAppears(Path outbox, Path filler) {
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!receiptIn(outbox)) {
                if (System.nanoTime() > deadline) {
                    return;
                }
                Thread.sleep(5);
            }
            try (var out = Files.newOutputStream(filler)) {
                byte[] block = new byte[64 * 1024];
                while (true) {
                    out.write(block);
                }
            }
        } catch (IOException full) {
            // the disk is full now
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean receiptIn(Path outbox) {
        try {
            return Department.filesUnder(outbox).stream().anyMatch(p -> p.getFileName().toString().startsWith("Протокол"));
        } catch (java.io.UncheckedIOException renamedWhileWalking) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of this JVM copied to a folder every user can read. */
    private static String copyClassPath(Path target) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : Department.classPath().split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = target.resolve(String.valueOf(n++) + (Files.isDirectory(from) ? "" : ".jar"));
            if (Files.isDirectory(from)) {
                org.apache.commons.io.FileUtils.copyDirectory(from.toFile(), to.toFile());
            } else {
                Files.createDirectories(target);
                Files.copy(from, to);
            }
            entries.add(to.toString());
        }
        Tmpfs.run("chmod", "-R", "a+rX", target.toString());
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
