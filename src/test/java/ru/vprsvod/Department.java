package ru.vprsvod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import ru.vprsvod.config.Settings;
import ru.vprsvod.intake.WorkFolder;
import ru.vprsvod.testing.ReferenceWorkbook;

/**
 * A department's folders in a temporary directory, as the service expects them: the example reference and
 * the shipped template, and empty inbox, outbox and data folders. Tests run the real service on it.
 */
final class Department {

    final Path root;
    final Path inbox;
    final Path outbox;
    final Path data;
    final Path reference;
    final Path templates;

    Department(Path root) {
        this.root = root;
        this.inbox = root.resolve("inbox");
        this.outbox = root.resolve("outbox");
        this.data = root.resolve("data");
        this.reference = root.resolve("справочник.xlsx");
        this.templates = root.resolve("templates");
        try {
            // The folders a department has; named on the command line they must exist (Folders).
            Files.createDirectories(inbox);
            Files.createDirectories(outbox);
            Files.createDirectories(data);
            ReferenceWorkbook.example().write(reference);
            Files.createDirectories(templates);
            Files.copy(Path.of("templates", "Аналитическая справка.docx"), templates.resolve("Аналитическая справка.docx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The command line of a one-shot run over these folders. Without PDF copies: a LibreOffice child of a JVM the
     * crash test kills would outlive it and slow every later cycle (the PDF pool has tests of its own).
     */
    List<String> processArguments() {
        return List.of("process", "--inbox", inbox.toString(), "--outbox", outbox.toString(), "--reference",
                reference.toString(), "--templates", templates.toString(), "--data", data.toString(), "--pdf", "нет");
    }

    /**
     * The one-shot command as a new JVM: the real program on these folders, started the way a coordinator's
     * script would (UTF-8 file names, a small heap), logging each step of each file.
     */
    ProcessBuilder childProcess() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.log.ru.vprsvod.log.LifeLog=info", "-cp", classPath(), Main.class.getName()));
        command.addAll(processArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder;
    }

    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    Settings settings(Duration settle, Duration giveUp, Duration readTimeout) {
        return new Settings(Settings.Mode.PROCESS, inbox, outbox, reference, templates, data, "127.0.0.1", 0,
                Duration.ofSeconds(5), settle, giveUp, readTimeout, null, false, null);
    }

    /** Settings of a one-shot run: files are taken as soon as they are whole. */
    Settings settings() {
        return settings(Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(2));
    }

    App open(Settings settings, Clock clock) {
        return App.open(settings, clock).orElseThrow(() -> new AssertionError("the data folder is locked"));
    }

    Path workFolder() {
        return inbox.resolve(WorkFolder.NAME);
    }

    /** Every regular file under a folder, hidden ones included. */
    static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
