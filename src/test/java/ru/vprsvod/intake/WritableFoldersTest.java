package ru.vprsvod.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableFoldersTest {

    @TempDir
    Path dir;

    /** The crash test found one in the work folder: a run killed between writing its probe and removing it. */
    @Test
    void aProbeLeftByAKilledRunIsRemovedAtTheNextStartAndNothingElse() throws Exception {
        Path work = Files.createDirectories(dir.resolve(".в-обработке"));
        Path leftover = Files.write(work.resolve(WritableFolders.PROBE_PREFIX + "5a60ab59-136b-4dc5-a54b-01e5e058e95c.tmp"),
                new byte[64 * 1024]);
        Path claim = Files.createDirectories(work.resolve("1796218157876-106aaab1"));
        Path users = Files.writeString(work.resolve(".~lock.форма.xlsx#"), "LibreOffice's lock");

        WritableFolders folders = new WritableFolders(List.of(new WritableFolders.Folder("workFolder",
                "рабочая папка входящих", work)));

        assertFalse(Files.exists(leftover));
        assertTrue(Files.isDirectory(claim));
        assertTrue(Files.exists(users));
        assertEquals(java.util.Optional.empty(), folders.check());
        try (var left = Files.list(work)) {
            assertEquals(2, left.count(), "the check's own probe is removed too");
        }
    }
}
