package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.intake.Health;
import ru.vprsvod.consolidation.Journal;
import ru.vprsvod.consolidation.Journal.Step;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.submission.Status;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

/**
 * Files that cannot be read go to the quarantine folder, byte for byte, with a receipt and a note saying why;
 * files that never finish arriving are rejected or reported, never left waiting unnoticed; a file that takes
 * too long to read is rejected and the others go on.
 */
class QuarantineTest {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.spring2026();

    private static String receipt(Department d, ReceivedFile file) throws Exception {
        byte[] bytes = Files.readAllBytes(d.outbox.resolve(file.receiptPath()));
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static List<Step> steps(App app, ReceivedFile file) {
        return app.store.journal().ofContent(file.sha256()).stream().map(Journal.Event::step).toList();
    }

    /** An .xlsx encrypted with a password to open, as Excel does it (an OLE2 container around the package). */
    private static Path encrypted(Path plain, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("пароль");
            try (InputStream in = Files.newInputStream(plain); OutputStream out = encryptor.getDataStream(fs)) {
                in.transferTo(out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** A results form of a whole region in one sheet, written in streaming mode (POI's usual mode is too slow). */
    private static Path bigForm(Path file, int pupils) throws Exception {
        Protocol form = Protocol.math4();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = book.createSheet("Протокол");
            Row header = sheet.createRow(0);
            for (int c = 0; c < form.header.size(); c++) {
                header.createCell(c).setCellValue(form.header.get(c).toString());
            }
            for (int r = 1; r <= pupils; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(100_000 + r);
                row.createCell(1).setCellValue(1);
                for (int t = 0; t < FULL.length; t++) {
                    row.createCell(2 + t).setCellValue((Integer) FULL[t]);
                }
                row.createCell(2 + FULL.length).setCellValue("4А");
                row.createCell(3 + FULL.length).setCellValue("м");
                row.createCell(4 + FULL.length).setCellValue(5);
                row.createCell(5 + FULL.length).setCellValue(20);
            }
            book.write(out); // closing the workbook removes its temporary files (dispose() is deprecated)
        }
        return file;
    }

    @Test
    void aPasswordProtectedWorkbookIsQuarantinedUnchangedWithAReceiptANoteAndItsWholeTrail() throws Exception {
        Department d = new Department(dir);
        Path plain = Protocol.math4().pupil(40001, "4А", 5, FULL).write(dir.resolve("plain.xlsx"));
        Path sent = encrypted(plain, Files.createDirectories(d.inbox.resolve("edu990003")).resolve("результаты.xls"));
        String sha = Department.sha256(sent);

        try (App app = d.open(d.settings(), clock)) {
            List<ReceivedFile> files = app.pipeline().runOnce().files();

            assertEquals(1, files.size());
            ReceivedFile file = files.get(0);
            assertEquals(Status.REJECTED, file.status());
            assertEquals("edu990003", file.school(), "the receipt still reaches the school's folder");
            assertTrue(file.archivePath().startsWith("quarantine/2026/05/21/"), file.archivePath());
            Path kept = d.data.resolve(file.archivePath());
            assertEquals(sha, Department.sha256(kept), "the original's bytes are untouched");
            assertEquals(sha, file.sha256());
            assertEquals(List.of(), Department.filesUnder(d.data.resolve("archive")), "moved, not copied");
            String note = Files.readString(kept.resolveSibling(kept.getFileName() + ".txt"));
            assertTrue(note.contains("Причина: Файл защищён паролем: снимите пароль на открытие"), note);
            assertTrue(note.contains("SHA-256:      " + sha), note);

            String receipt = receipt(d, file);
            assertTrue(receipt.contains("Результат: ОТКЛОНЁН"), receipt);
            // Once «Файл: Файл защищён паролем»: a problem of the whole file that names the file says it once.
            assertTrue(receipt.contains("   1. Файл защищён паролем: снимите пароль на открытие"), receipt);
            assertFalse(receipt.contains("Файл: Файл"), receipt);
            assertEquals(List.of(Step.CLAIMED, Step.ARCHIVED, Step.CHECKED, Step.QUARANTINED, Step.RECORDED, Step.RECEIPT,
                    Step.DONE), steps(app, file));
            assertEquals(List.of(), Department.filesUnder(d.workFolder()));
            assertEquals(List.of(), app.store.journal().unrecordedClaims());
        }
    }

    @Test
    void aCopyThatNeverCompletesIsRejectedAfterTheGiveUpTimeInsteadOfWaitingUnnoticed() throws Exception {
        Department d = new Department(dir);
        byte[] whole = Files.readAllBytes(Protocol.math4().pupil(40001, "4А", 5, FULL).write(dir.resolve("whole.xlsx")));
        Path half = d.inbox.resolve("edu990001_Математика_4_2026.xlsx");
        Files.write(half, Arrays.copyOf(whole, whole.length / 2));
        String sha = Department.sha256(half);

        try (App app = d.open(d.settings(Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ofMinutes(2)), clock)) {
            Pipeline.Pass first = app.pipeline().runOnce();
            assertEquals(List.of(), first.files());
            assertEquals(List.of(half), first.waiting().stream().map(w -> w.file().path()).toList());
            clock.advance(Duration.ofMinutes(10));
            assertEquals(List.of(), app.pipeline().runOnce().files(), "still within the give-up time");
            assertEquals(Health.OK, app.pipeline().health().status());

            clock.advance(Duration.ofMinutes(21));
            List<ReceivedFile> files = app.pipeline().runOnce().files();

            assertEquals(1, files.size());
            ReceivedFile file = files.get(0);
            assertEquals(Status.REJECTED, file.status());
            assertEquals(sha, Department.sha256(d.data.resolve(file.archivePath())));
            assertTrue(file.archivePath().startsWith("quarantine/"), file.archivePath());
            String receipt = receipt(d, file);
            assertTrue(receipt.contains("Файл так и не был скопирован полностью: за 30 минут он не стал целым"), receipt);
            assertTrue(app.store.journal().ofClaim(app.store.journal().ofContent(sha).get(0).claimId()).get(0).detail()
                    .contains("complete=false"));
        }
    }

    @Test
    void aFileThatKeepsChangingIsReportedOnceAndTakenWhenItSettles() throws Exception {
        Department d = new Department(dir);
        Path growing = Protocol.math4().pupil(40001, "4А", 5, FULL).write(d.inbox.resolve("edu990001_Математика_4_2026.xlsx"));

        try (App app = d.open(d.settings(Duration.ofSeconds(10), Duration.ofMinutes(30), Duration.ofMinutes(2)), clock)) {
            for (int minute = 0; minute <= 50; minute += 5) {
                Files.setLastModifiedTime(growing, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * minute + 1));
                assertEquals(List.of(), app.pipeline().runOnce().files(), "a file that changes is never taken");
                clock.advance(Duration.ofMinutes(5));
            }
            List<Journal.Event> waiting = app.store.journal().latest(100).stream()
                    .filter(e -> e.step() == Step.WAITING).toList();
            assertEquals(1, waiting.size(), "reported once, not at every pass");
            assertEquals("edu990001_Математика_4_2026.xlsx", waiting.get(0).name());
            Health health = app.pipeline().health();
            assertEquals(Health.WARNING, health.status());
            assertEquals(1, health.overdueInInbox());

            clock.advance(Duration.ofSeconds(10));
            List<ReceivedFile> files = app.pipeline().runOnce().files();
            assertEquals(Status.ACCEPTED, files.get(0).status(), "once it stops changing it is taken as usual");
        }
    }

    @Test
    void aFileThatTakesTooLongToReadIsRejectedAndTheNextOneIsStillProcessed() throws Exception {
        Department d = new Department(dir);
        Protocol small = Protocol.math4().pupil(40001, "4А", 5, FULL);
        // Warm up the readers first, so the small file's time is its own and not the loading of classes.
        small.write(d.inbox.resolve("edu990001_Математика_4_2026.xlsx"));
        try (App app = d.open(d.settings(), clock)) {
            assertEquals(Status.ACCEPTED, app.pipeline().runOnce().files().get(0).status());
        }
        Path slow = bigForm(Files.createDirectories(d.inbox.resolve("edu990002")).resolve("весь район.xlsx"), 20_000);
        String sha = Department.sha256(slow);
        Protocol.math4().pupil(40002, "4А", 5, FULL).write(d.inbox.resolve("edu990004_Математика_4_2026.xlsx"));

        try (App app = d.open(d.settings(Duration.ZERO, Duration.ofHours(1), Duration.ofMillis(150)), clock)) {
            List<ReceivedFile> files = app.pipeline().runOnce().files();

            ReceivedFile rejected = files.stream().filter(f -> f.originalName().equals("весь район.xlsx")).findFirst()
                    .orElseThrow();
            assertEquals(Status.REJECTED, rejected.status());
            assertTrue(receipt(d, rejected).contains("Файл не удалось проверить за 1 секунду: он слишком сложен или повреждён."),
                    receipt(d, rejected));
            assertTrue(rejected.archivePath().startsWith("quarantine/"));
            assertEquals(sha, Department.sha256(d.data.resolve(rejected.archivePath())));
            ReceivedFile next = files.stream().filter(f -> f.originalName().startsWith("edu990004")).findFirst().orElseThrow();
            assertEquals(Status.ACCEPTED, next.status());
        }
    }
}
