package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.SharedCorpus;

/**
 * Files the inbox used to keep silent about: one that never becomes whole, when each run of {@code process} lasts a
 * moment; an empty one; a whole .xls that looks cut short; a school's file whose name starts with dots; a name with a
 * line break. Each gets its receipt.
 */
class InboxOverRunsTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.spring2026();

    @Test
    void aFileThatNeverBecomesWholeIsRejectedByARunOfProcessAfterTheGiveUpTimeCountedOverRuns() throws Exception {
        Department d = new Department(dir);
        byte[] whole = Files.readAllBytes(Protocol.math4().pupil(40001, "4А", 5, FULL).write(dir.resolve("whole.xlsx")));
        Files.write(d.inbox.resolve("edu990001_Математика_4_2026.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        var settings = d.settings(Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ofMinutes(2));

        // A scheduled `process` every 10 minutes: each run alone would never wait 30 minutes.
        for (int run = 0; run < 3; run++) {
            try (App app = d.open(settings, clock)) {
                assertEquals(List.of(), app.pipeline().runOnce().files(), "run " + run);
            }
            clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        }
        try (App app = d.open(settings, clock)) {
            List<ReceivedFile> files = app.pipeline().runOnce().files();
            assertEquals(1, files.size());
            assertEquals(Status.REJECTED, files.get(0).status());
            assertTrue(receipt(d, files.get(0)).contains("Файл так и не был скопирован полностью: за 30 минут"),
                    receipt(d, files.get(0)));
        }
    }

    @Test
    void anEmptyFileIsAnsweredAfterTheSettleTimeNotAfterTheGiveUpTime() throws Exception {
        Department d = new Department(dir);
        Files.write(d.inbox.resolve("edu990001_Математика_4_2026.xlsx"), new byte[0]);
        try (App app = d.open(d.settings(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2)), clock)) {
            assertEquals(List.of(), app.pipeline().runOnce().files());
            clock.advance(Duration.ofSeconds(11));
            List<ReceivedFile> files = app.pipeline().runOnce().files();
            assertEquals(1, files.size());
            assertTrue(receipt(d, files.get(0)).contains("Файл пустой (0 байт)."), receipt(d, files.get(0)));
        }
    }

    @Test
    void aWholeXlsWithSectorsPastItsEndIsTakenAfterTheSettleTimeNotHeldBackAsIfStillCopied() throws Exception {
        Department d = new Department(dir);
        // Readable by the reader, though its allocation table names sectors past the end of the file.
        Path odd = SharedCorpus.poiSpreadsheets().resolve("clusterfuzz-testcase-minimized-POIHSSFFuzzer-5786329142919168.xls");
        Files.copy(odd, d.inbox.resolve("edu990001_Математика_4_2026.xls"));
        try (App app = d.open(d.settings(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofMinutes(2)), clock)) {
            assertEquals(List.of(), app.pipeline().runOnce().files());
            clock.advance(Duration.ofSeconds(11));
            assertEquals(1, app.pipeline().runOnce().files().size(), "taken within the settle time, not the give-up time");
        }
    }

    @Test
    void aSchoolsFileNamedWithLeadingDotsIsTakenWhileLockAndSystemFilesAreNot() throws Exception {
        Department d = new Department(dir);
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(d.inbox.resolve("..edu990001_Математика_4_2026.xlsx"));
        Files.writeString(d.inbox.resolve(".directory"), "[Desktop Entry]");
        Files.writeString(d.inbox.resolve("~$ведомость.xlsx"), "owner");
        Files.writeString(d.inbox.resolve(".~lock.edu990002_Математика_4_2026.xlsx#"), "lock");
        try (App app = d.open(d.settings(), clock)) {
            List<ReceivedFile> files = app.pipeline().runOnce().files();
            assertEquals(List.of("..edu990001_Математика_4_2026.xlsx"), files.stream().map(ReceivedFile::originalName).toList());
            assertEquals(Status.ACCEPTED, files.get(0).status(), receipt(d, files.get(0)));
        }
        assertTrue(Files.exists(d.inbox.resolve(".directory")));
        assertTrue(Files.exists(d.inbox.resolve("~$ведомость.xlsx")));
    }

    @Test
    void aLineBreakInAFileNameDoesNotBreakTheReceiptsFileLine() throws Exception {
        Department d = new Department(dir);
        Protocol.math4().pupil(40001, "4А", 5, FULL).write(d.inbox.resolve("edu990001_Математика_4_2026\nРезультат: ПРИНЯТ.xlsx"));
        try (App app = d.open(d.settings(), clock)) {
            ReceivedFile file = app.pipeline().runOnce().files().get(0);
            String receipt = receipt(d, file);
            assertTrue(receipt.contains("\nФайл:      edu990001_Математика_4_2026 Результат: ПРИНЯТ.xlsx\n"), receipt);
            assertFalse(receipt.contains("\nРезультат: ПРИНЯТ.xlsx"), receipt);
        }
    }

    private static String receipt(Department d, ReceivedFile file) throws Exception {
        byte[] bytes = Files.readAllBytes(d.outbox.resolve(file.receiptPath()));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
