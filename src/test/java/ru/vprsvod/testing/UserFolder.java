package ru.vprsvod.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A user's copy of the program as the README leaves it after the build: {@code templates/} (the shipped reference
 * and templates), {@code inbox/}, {@code outbox/} and {@code target/vpr-svod.jar} (the jar {@code mvn package}
 * made), in a temporary folder. The jar runs in a child JVM from that folder with the README's command
 * and its default, relative folders, in the locale a test chooses: what a user types, and what a user sees.
 */
public final class UserFolder {

    /** The jar of this build; the *IT tests run after {@code package}. */
    public static final Path JAR = Path.of("target", "vpr-svod.jar").toAbsolutePath();

    public final Path root;
    private String umask;

    /** A fresh clone after the build: shipped templates and reference, empty inbox and outbox, the jar. */
    public static UserFolder project(Path root) {
        UserFolder folder = new UserFolder(root);
        try {
            Files.createDirectories(root.resolve("templates"));
            try (Stream<Path> shipped = Files.list(Path.of("templates"))) {
                for (Path file : (Iterable<Path>) shipped::iterator) {
                    Files.copy(file, root.resolve("templates").resolve(file.getFileName().toString()));
                }
            }
            Files.createDirectories(root.resolve("inbox"));
            Files.createDirectories(root.resolve("outbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Any other folder a user may start the program from (the jar still at target/ beneath it). */
    public UserFolder(Path root) {
        this.root = root;
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no " + JAR + ": the *IT tests run after `mvn package` (mvn verify)");
        }
        try {
            Files.createDirectories(root.resolve("target"));
            Path jar = root.resolve("target/vpr-svod.jar");
            if (!Files.exists(jar)) {
                // A copy (a hard link where the disk allows), not a symbolic link: the JVM names a jar by its real
                // path, and the program's hints must read as the user's command does.
                try {
                    Files.createLink(jar, JAR);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(JAR, jar);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the program under this umask (as a shell would, {@code umask 022}), for what it creates. */
    public UserFolder umask(String mask) {
        this.umask = mask;
        return this;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    /**
     * {@code java -jar target/vpr-svod.jar ARGS} in this folder. The locale variables of this JVM are left out:
     * {@code environment} gives the user's ({@code LANG=C}, {@code LC_ALL=C.UTF-8} …).
     */
    public ProcessBuilder command(Map<String, String> environment, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", "target/vpr-svod.jar"));
        command.addAll(args);
        if (umask != null) {
            command.addAll(0, List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.equals("LANGUAGE") || name.startsWith("LC_"));
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs a command to its end (a minute at most) and returns its exit code and everything it printed. */
    public Finished run(Map<String, String> environment, String... args) {
        try {
            Process process = command(environment, List.of(args)).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after a minute:\n" + output);
            }
            return new Finished(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a command that keeps running (serve), its output collected line by line. */
    public Running start(Map<String, String> environment, String... args) {
        try {
            return new Running(command(environment, List.of(args)).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Finished(int exitCode, String output) {
    }

    /** A running program: its output so far, a wait for a line, and a stop as Ctrl+C or a service manager does it. */
    public static final class Running implements AutoCloseable {

        public final Process process;
        private final List<String> lines = new ArrayList<>();
        private boolean ended;

        Running(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (lines) {
                            lines.add(line);
                            lines.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
                synchronized (lines) {
                    ended = true;
                    lines.notifyAll();
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for a line of output matching the test; fails with everything printed so far after the timeout. */
        public String await(Predicate<String> test, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            synchronized (lines) {
                while (true) {
                    for (String line : lines) {
                        if (test.test(line)) {
                            return line;
                        }
                    }
                    if (ended) {
                        throw new AssertionError("ended without such a line; printed:\n" + output());
                    }
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("no such line within " + timeout + "; printed:\n" + output());
                    }
                    lines.wait(Math.max(1, left / 1_000_000));
                }
            }
        }

        public String output() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        /** SIGTERM, as a service manager or Ctrl+C stops it; returns the exit code. */
        public int stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not stop within a minute:\n" + output());
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            try {
                if (process.isAlive()) {
                    stop();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
