package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.UserFolder;

/**
 * What is published follows the umask, so a Linux share served as another user can read receipts, documents and
 * report.json (they used to be rw------- whatever the umask); the data folder, with every pupil's results, the
 * originals and the password hashes, is its owner's alone.
 */
class OutboxPermissionsIT {

    @TempDir
    Path dir;

    @Test
    void outboxFilesFollowTheUmaskAndTheDataFolderStaysPrivate() throws Exception {
        for (String umask : List.of("022", "002")) {
            UserFolder user = UserFolder.project(Files.createDirectories(dir.resolve("umask-" + umask))).umask(umask);
            Protocol.math4().pupilScoring(40001, "4А", 5, 15).write(user.path("inbox/edu990002_Математика_4_2026.xlsx"));
            Files.writeString(user.path("inbox/edu990003_Математика_4_2026.xlsx"), "не таблица");

            UserFolder.Finished run = user.run(Map.of("LC_ALL", "C.UTF-8"), "process", "--pdf", "нет");
            assertEquals(0, run.exitCode(), run.output());

            String file = umask.equals("022") ? "rw-r--r--" : "rw-rw-r--";
            String folder = umask.equals("022") ? "rwxr-xr-x" : "rwxrwxr-x";
            List<Path> published;
            try (Stream<Path> all = Files.walk(user.path("outbox"))) {
                published = all.filter(p -> !p.equals(user.path("outbox"))).toList();
            }
            assertTrue(published.stream().anyMatch(p -> p.getFileName().toString().equals("report.json")), published.toString());
            assertTrue(published.stream().anyMatch(p -> p.getFileName().toString().endsWith(".docx")), published.toString());
            assertTrue(published.stream().anyMatch(p -> p.toString().contains("edu990003") && p.toString().endsWith(".txt")),
                    "the rejected file's receipt too");
            for (Path p : published) {
                assertEquals(Files.isDirectory(p) ? folder : file, permissions(p), "umask " + umask + ": " + p);
            }
            assertEquals("rwx------", permissions(user.path("data")), "umask " + umask);
        }
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
