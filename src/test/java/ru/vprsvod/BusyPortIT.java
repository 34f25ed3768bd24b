package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;
import ru.vprsvod.testing.UserFolder;

/**
 * A second copy started on a port that is already taken used to print Javalin's English stack trace and keep running
 * without a web page, taking files and writing documents. Now it says in Russian which port is busy and who holds
 * it, and exits 1 before it opens or takes anything.
 */
class BusyPortIT {

    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    @Test
    void aSecondCopyOnABusyPortNamesTheHolderAndStopsBeforeTouchingAFile() throws Exception {
        UserFolder first = UserFolder.project(Files.createDirectories(dir.resolve("first")));
        UserFolder second = UserFolder.project(Files.createDirectories(dir.resolve("second")));
        Path waiting = Protocol.math4().pupilScoring(40001, "4А", 5, 15).write(second.path("inbox/edu990002_Математика_4_2026.xlsx"));
        int port = UserFolder.freePort();
        try (UserFolder.Running running = first.start(UTF8, "--port", String.valueOf(port), "--pdf", "нет")) {
            running.await(line -> line.startsWith("ВПР-Свод работает"), Duration.ofSeconds(60));

            UserFolder.Finished again = second.run(UTF8, "--port", String.valueOf(port), "--pdf", "нет");

            assertEquals(1, again.exitCode(), again.output());
            assertEquals("Порт " + port + " уже занят: его слушает другая копия ВПР-Свод (процесс " + running.process.pid() + ")."
                    + " Остановите её или запустите ВПР-Свод на другом порту: --port " + (port + 1) + ".", again.output().strip());
            assertTrue(Files.exists(waiting), "the file stays in the inbox");
            assertFalse(Files.exists(second.path("data")), "no database opened");
            try (var outbox = Files.list(second.path("outbox"))) {
                assertEquals(0, outbox.count(), "nothing written");
            }
        }
    }
}
