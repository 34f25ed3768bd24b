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
    void aFileIsTakenOnlyAfterStayingUnchangedForTheSettleTime() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ofSeconds(10), Duration.ofHours(1));
        Path file = Protocol.math4().write(dir.resolve("a.xlsx"));
        assertEquals(List.of(), inbox.ready(), "just seen");
        clock.advance(Duration.ofSeconds(6));
        Files.writeString(dir.resolve("b.xlsx"), "x");
        assertEquals(List.of(), inbox.ready());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of("a.xlsx"), names(inbox.ready()));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        assertEquals(List.of(), names(inbox.ready()).stream().filter("a.xlsx"::equals).toList(),
                "a change of modification time restarts the wait");
    }

    @Test
    void lockTemporaryAndHiddenFilesAreIgnoredAndAnOpenWorkbookWaits() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Inbox inbox = new Inbox(dir, clock, Duration.ZERO, Duration.ofHours(1));
        Protocol.math4().write(dir.resolve("open.xlsx"));
        Files.writeString(dir.resolve("~$open.xlsx"), "owner");
        Files.writeString(dir.resolve(".~lock.other.xlsx#"), "lock");
        Files.writeString(dir.resolve("Thumbs.db"), "x");
        Files.writeString(dir.resolve("copy.tmp"), "x");
        Files.writeString(dir.resolve(".hidden.xlsx"), "x");
        Files.createDirectories(dir.resolve(WorkFolder.NAME));
        Files.writeString(dir.resolve(WorkFolder.NAME).resolve("file"), "x");
        Protocol.math4().write(dir.resolve("edu990001").resolve("ready.xlsx"));

        List<InboxFile> ready = inbox.ready();
        assertEquals(List.of("ready.xlsx"), names(ready));
        assertEquals("edu990001", ready.get(0).schoolFolder());
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
}
