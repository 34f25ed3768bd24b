package ru.vprsvod.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Small file systems of a fixed size mounted over test folders, to make a disk full or read-only for real. Needs
 * root (CI runs as root); elsewhere the tests that need it are skipped — but not in CI ({@code CI=true}), where a
 * fault suite that silently did not run would look like one that passed.
 */
public final class Tmpfs implements AutoCloseable {

    private final List<Path> mounted = new ArrayList<>();

    /** Skips the calling test where mounting is impossible, or fails it under CI. */
    public static Tmpfs required() {
        boolean can = "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/bin/mount"));
        if (!can && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("The machine-fault tests must run in CI: they need root to mount a small tmpfs");
        }
        assumeTrue(can, "needs root to mount a tmpfs");
        return new Tmpfs();
    }

    /** A fresh file system of {@code size} (e.g. «2500k», «20m») over {@code dir}, created if absent. */
    public Path mount(Path dir, String size) throws IOException {
        Files.createDirectories(dir);
        run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", dir.toString());
        mounted.add(0, dir);
        return dir;
    }

    /** Remounts with other options: «ro», «rw», «size=20m». */
    public void remount(Path dir, String options) {
        run("mount", "-o", "remount," + options, dir.toString());
    }

    @Override
    public void close() {
        for (Path dir : mounted) {
            run("umount", "-l", dir.toString());
        }
        mounted.clear();
    }

    public static void run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
