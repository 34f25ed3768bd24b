package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.UserFolder;

/**
 * The running service with its default times (settle 10 s, poll 5 s): a whole workbook dropped into the watched
 * inbox used to wait the full settle time and the next poll (about 16 s) for its receipt; now it needs only the
 * short settle of a whole file. A copy cut short is still left alone until it is whole. (How fast is measured in
 * bench/, ReceiptBench; here only that a whole file does not wait the settle time, and a part of one is not taken.)
 */
class WatchedInboxIT {

    private static final Object[] FULL = {1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 2};

    @TempDir
    Path dir;

    @Test
    void aWholeFileIsAnsweredBeforeTheSettleTimeAndAPartOfOneIsLeftUntilItIsWhole() throws Exception {
        UserFolder user = UserFolder.project(dir);
        byte[] whole = Files.readAllBytes(Protocol.math4().pupil(40001, "4А", 5, FULL).write(dir.resolve("ready.xlsx")));
        int port = UserFolder.freePort();
        try (UserFolder.Running serve = user.start(Map.of("LC_ALL", "C.UTF-8"), "--port", String.valueOf(port), "--pdf", "нет")) {
            serve.await(line -> line.startsWith("Входящие: "), Duration.ofSeconds(60));
            Thread.sleep(2_000); // the first pass and its documents

            // A school's folder made while the service runs, and a copy that stops half way.
            Path copy = Files.createDirectories(user.path("inbox/edu990002")).resolve("edu990002_Математика_4_2026.xlsx");
            Files.write(copy, Arrays.copyOf(whole, whole.length / 2));
            Thread.sleep(4_000);
            assertTrue(Files.exists(copy), "a part of a file is not taken");
            assertEquals(0, receipts(user.path("outbox/edu990002")));

            Files.write(copy, whole); // the copy completes
            long start = System.nanoTime();
            while (receipts(user.path("outbox/edu990002")) == 0) {
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos(),
                        "no receipt 8 s after the file became whole (the settle time is 10 s):\n" + serve.output());
                Thread.sleep(20);
            }
            System.out.printf("receipt %.2f s after the copy completed%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private static long receipts(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("Протокол № ")).count();
        }
    }
}
