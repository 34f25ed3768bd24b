package ru.vprsvod.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.MutableClock;
import ru.vprsvod.testing.Protocol;

class InboxTest {

    @TempDir
    Path dir;

    private static List<String> names(List<InboxFile> files) {
        return files.stream().map(InboxFile::name).sorted().toList();
    }

    @Test
    void aWholeWorkbookIsTakenAfterTheShortSettleAndAFileOfUnknownStructureAfterTheFullOne() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ofSeconds(10), Duration.ofHours(1));
        Path workbook = Protocol.math4().write(dir.resolve("a.xlsx"));
        Files.writeString(dir.resolve("b.csv"), "Код;Вариант\n40001;1\n");
        assertEquals(List.of(), inbox.ready(), "just seen");
        assertEquals(clock.instant().plus(Inbox.WHOLE_FILE_SETTLE), inbox.nextLook().orElseThrow(), "the pass to make then");
        clock.advance(Duration.ofMillis(999));
        assertEquals(List.of(), inbox.ready());
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("a.xlsx"), names(inbox.ready()), "its zip end record is there: taken after a second");
        assertEquals(clock.instant().plus(Duration.ofSeconds(9)), inbox.nextLook().orElseThrow(), "the CSV waits the settle time");
        clock.advance(Duration.ofSeconds(9));
        assertEquals(List.of("a.xlsx", "b.csv"), names(inbox.ready()));
        Files.setLastModifiedTime(workbook, java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(List.of(), names(inbox.ready()).stream().filter("a.xlsx"::equals).toList(),
                "a change of modification time restarts the wait");
    }

    @Test
    void aCopyInProgressWaitsTheFullSettleTimeAfterItBecomesWholeOnlyTheShortOne() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ofSeconds(10), Duration.ofHours(1));
        byte[] whole = Files.readAllBytes(Protocol.math4().write(dir.resolve("source.xlsx")));
        Files.delete(dir.resolve("source.xlsx"));
        Path copy = dir.resolve("copy.xlsx");
        Files.write(copy, java.util.Arrays.copyOf(whole, whole.length - 100));
        inbox.ready();
        clock.advance(Duration.ofSeconds(30));
        assertEquals(List.of(), inbox.ready(), "cut short: not taken however long it stays so (until the give-up time)");
        Files.write(copy, whole);
        assertEquals(List.of(), inbox.ready(), "just changed");
        clock.advance(Inbox.WHOLE_FILE_SETTLE);
        assertEquals(List.of("copy.xlsx"), names(inbox.ready()));
    }

    @Test
    void lockTemporaryAndHiddenFilesAreIgnoredButAHiddenWorkbookIsNotAndAnOpenWorkbookWaits() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ZERO, Duration.ofHours(1));
        Protocol.math4().write(dir.resolve("open.xlsx"));
        Files.writeString(dir.resolve("~$open.xlsx"), "owner");
        Files.writeString(dir.resolve(".~lock.other.xlsx#"), "lock");
        Files.writeString(dir.resolve("Thumbs.db"), "x");
        Files.writeString(dir.resolve("copy.tmp"), "x");
        Files.writeString(dir.resolve(".hidden.xlsx"), "x");
        Files.writeString(dir.resolve(".directory"), "x");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.createDirectories(dir.resolve(WorkFolder.NAME));
        Files.writeString(dir.resolve(WorkFolder.NAME).resolve("file"), "x");
        Protocol.math4().write(dir.resolve("edu990001").resolve("ready.xlsx"));

        List<InboxFile> ready = inbox.ready();
        // A workbook's name starting with a dot is a slip, not a temporary file: it is answered (issue 16).
        assertEquals(List.of(".hidden.xlsx", "ready.xlsx"), names(ready).stream().sorted().toList());
        assertEquals("edu990001", ready.stream().filter(f -> f.name().equals("ready.xlsx")).findFirst().orElseThrow().schoolFolder());
    }

    @Test
    void aZipWithoutItsCentralDirectoryIsIncompleteUntilGivenUpOn() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ZERO, Duration.ofMinutes(30));
        byte[] whole = Files.readAllBytes(Protocol.math4().write(dir.resolve("whole.xlsx")));
        Files.delete(dir.resolve("whole.xlsx"));
        Files.write(dir.resolve("half.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(List.of(), inbox.ready());
        clock.advance(Duration.ofMinutes(31));
        assertEquals(List.of("half.xlsx"), names(inbox.ready()));
        assertTrue(CompleteFile.isComplete(Protocol.math4().write(dir.resolve("w.xlsx"))));
    }

    @Test
    void excelAndSystemFilesOfASaveInProgressAreNeverTaken() throws Exception {
        Inbox inbox = new Inbox(dir, MutableClock.spring2026(), Duration.ZERO, Duration.ofHours(1));
        Files.writeString(dir.resolve("8A3B4C00"), "Excel writes the new version here, then renames it");
        Files.writeString(dir.resolve("~WRL0001.tmp"), "x");
        Files.writeString(dir.resolve("desktop.ini"), "x");
        Files.writeString(dir.resolve("._a.xlsx"), "macOS resource fork");
        Protocol.math4().write(dir.resolve("8A3B4C00.xlsx"));

        assertEquals(List.of("8A3B4C00.xlsx"), names(inbox.ready()));
    }

    @Test
    void anOldExcelFileCutShortIsIncompleteWhereverTheCopyStopped() throws Exception {
        Protocol form = Protocol.math4();
        for (int i = 0; i < 400; i++) {
            form.pupil(40_000 + i, "4А", 5, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2);
        }
        byte[] whole = Files.readAllBytes(form.write(dir.resolve("whole.xls")));
        assertTrue(CompleteFile.isComplete(dir.resolve("whole.xls")));
        // Inside the very last 512-byte sector the cut cannot be told from files that end short (some writers do).
        for (int cut : new int[] {8, 511, 600, whole.length / 3, whole.length / 2, whole.length - 1024}) {
            Path part = dir.resolve("part.xls");
            Files.write(part, java.util.Arrays.copyOf(whole, cut));
            assertTrue(!CompleteFile.isComplete(part), "cut at " + cut + " of " + whole.length);
        }
    }

    @Test
    void aFileSeenChangingLongerThanTheGiveUpTimeIsReportedOnce() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ofSeconds(10), Duration.ofMinutes(30));
        Path file = dir.resolve("a.xlsx");
        List<Inbox.Waiting> reported = new java.util.ArrayList<>();
        for (int minute = 0; minute <= 45; minute += 5) {
            Files.writeString(file, "x".repeat(minute + 1));
            Inbox.Scan scan = inbox.scan();
            assertEquals(List.of(), scan.ready());
            reported.addAll(scan.overdue());
            clock.advance(Duration.ofMinutes(5));
        }
        assertEquals(1, reported.size());
        assertEquals(Duration.ofMinutes(30), reported.get(0).since());
        assertEquals(List.of(file), inbox.waiting().stream().map(w -> w.file().path()).toList());
    }
}
