package ru.vprsvod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.vprsvod.testing.Protocol;

/**
 * {@code process} started plainly ({@code java -cp … Main process}, no JVM options) runs again in a short-run JVM
 * (platform.BatchJvm): its exit code and output come through once, and a launcher killed outright (SIGKILL) takes
 * the worker with it instead of leaving it to work on unseen.
 */
class BatchJvmIT {

    @TempDir
    Path dir;

    private ProcessBuilder plainJava(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Department.classPath(), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("VPR_SVOD_BATCH_JVM");
        return builder;
    }

    @Test
    void theWorkersExitCodeAndItsSentenceComeThroughOnce() throws Exception {
        Process launcher = plainJava(List.of("process", "--inbox", dir.resolve("нет такой").toString())).start();
        String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, launcher.exitValue(), output);
        assertEquals(1, output.split("Папка входящих «", -1).length - 1, output);
    }

    @Test
    void aLauncherKilledOutrightTakesTheShortRunWorkerWithIt() throws Exception {
        Department department = new Department(dir);
        for (int school = 1; school <= 8; school++) {
            Path folder = Files.createDirectories(department.inbox.resolve("edu99000" + school));
            for (int copy = 0; copy < 6; copy++) {
                Protocol form = Protocol.math4();
                form.above.add(Protocol.values("ВПР 2026 Математика 4 класс"));
                for (int pupil = 0; pupil < 25; pupil++) {
                    form.pupilScoring(copy * 100 + pupil, "4А", 2 + pupil % 4, pupil % 21);
                }
                form.write(folder.resolve("форма " + copy + ".xlsx"));
            }
        }
        Process launcher = plainJava(department.processArguments()).redirectOutput(dir.resolve("out.log").toFile()).start();
        ProcessHandle worker = awaitWorker(launcher);
        String commandLine = worker.info().commandLine().orElse("?"); // arguments() is empty for a long class path
        assertTrue(commandLine.contains(" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "), "the worker runs with C1 only: "
                + commandLine);
        launcher.destroyForcibly();
        assertTrue(launcher.waitFor(10, TimeUnit.SECONDS));
        worker.onExit().get(10, TimeUnit.SECONDS);
        assertTrue(!worker.isAlive(), "the worker stopped with its launcher");
    }

    private static ProcessHandle awaitWorker(Process launcher) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            // Caught between fork and exec, the child is still the JDK's jspawnhelper (seen once in CI's run): wait for
            // the process to become the worker JVM itself (the same pid, its own command line).
            Optional<ProcessHandle> worker = launcher.descendants().findFirst();
            if (worker.isPresent() && !worker.get().info().command().orElse("jspawnhelper").endsWith("jspawnhelper")
                    && worker.get().info().commandLine().orElse("").contains(" ")) {
                return worker.get();
            }
            assertTrue(launcher.isAlive(), "the launcher ended before its worker was seen");
            Thread.sleep(5);
        }
        throw new AssertionError("no worker JVM started within 30 s");
    }
}
