package ru.vprsvod.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.MutableClock;

class OutboxTest {

    @TempDir
    Path dir;

    @Test
    void aChangedDocumentKeepsItsEarlierVersionAndAnUnchangedOneIsLeftAlone() throws Exception {
        MutableClock clock = MutableClock.spring2026();
        Outbox outbox = new Outbox(dir, clock);
        outbox.publish("Сводная.xlsx", out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        outbox.publish("Сводная.xlsx", out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), outbox.previousVersions("Сводная.xlsx"));

        outbox.publish("Сводная.xlsx", out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(dir.resolve("Сводная.xlsx")));
        List<Path> previous = outbox.previousVersions("Сводная.xlsx");
        assertEquals(1, previous.size());
        assertEquals("one", Files.readString(previous.get(0)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(".~")).count(), "no temporary file left");
        }
    }

    /** Files.createTempFile made every published file rw------- whatever the umask (a regression test). */
    @Test
    void aPublishedFileIsAsReadableAsTheUmaskAllows() throws Exception {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status) && Files.readString(status).contains("Umask:"), "Linux: the umask is read from /proc");
        String line = Files.readAllLines(status).stream().filter(l -> l.startsWith("Umask:")).findFirst().orElseThrow();
        int umask = Integer.parseInt(line.substring("Umask:".length()).strip(), 8);
        Path published = new Outbox(dir, MutableClock.spring2026()).publish("edu990001/Протокол № 1 — файл.xlsx.txt",
                out -> out.write("принят".getBytes(StandardCharsets.UTF_8)));
        assertEquals(modes(0666 & ~umask), Files.getPosixFilePermissions(published));
        assertEquals(modes(0777 & ~umask), Files.getPosixFilePermissions(published.getParent()));
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> modes(int mode) {
        StringBuilder s = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) {
            s.append((mode & (1 << bit)) != 0 ? "rwx".charAt((8 - bit) % 3) : '-');
        }
        return java.nio.file.attribute.PosixFilePermissions.fromString(s.toString());
    }

    @Test
    void aDocumentThatNoLongerAppliesIsRetiredAmongThePreviousVersions() throws Exception {
        Outbox outbox = new Outbox(dir, MutableClock.spring2026());
        outbox.publish("edu990003/Дорожная карта.docx", out -> out.write("draft".getBytes(StandardCharsets.UTF_8)));
        assertEquals(true, outbox.retire("edu990003/Дорожная карта.docx"));
        assertEquals(false, Files.exists(dir.resolve("edu990003/Дорожная карта.docx")));
        List<Path> previous = outbox.previousVersions("edu990003/Дорожная карта.docx");
        assertEquals(1, previous.size());
        assertEquals("draft", Files.readString(previous.get(0)));
        assertEquals(false, outbox.retire("edu990003/Дорожная карта.docx"), "nothing left to retire");
    }

    @Test
    void pathsOutsideTheOutboxAreRefused() {
        Outbox outbox = new Outbox(dir, MutableClock.spring2026());
        assertThrows(IllegalArgumentException.class, () -> outbox.resolve("../secret.txt"));
        assertThrows(IllegalArgumentException.class, () -> outbox.resolve("a/../../secret.txt"));
    }

    @Test
    void sendersNamesAreMadeSafe() {
        assertEquals("edu990001_Математика_4.xlsx", Outbox.safeName("edu990001_Математика_4.xlsx"));
        assertEquals("_.._etc_passwd", Outbox.safeName("/../etc/passwd"));
        assertEquals("файл", Outbox.safeName("..."));
        assertEquals("a_b.xlsx", Outbox.safeName("a:b.xlsx"));
    }
}
