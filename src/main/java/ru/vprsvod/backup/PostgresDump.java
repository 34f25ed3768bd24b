package ru.vprsvod.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import ru.vprsvod.consolidation.DatabaseCopy;
import ru.vprsvod.database.Database;

/**
 * A PostgreSQL database's part of a backup, by the server's own tool: {@code pg_dump} in its custom format, of the
 * snapshot that a transaction of ours exported, so the dump and the list of originals read in that transaction
 * are of one moment. The originals are written before the database mentions them and never change afterwards, so
 * every original the dump knows is already in the archive when the archive is copied after it.
 * <p>
 * The password reaches pg_dump through its environment ({@code PGPASSWORD}), never its command line.
 */
final class PostgresDump {

    /** The dump's name inside the backup folder. */
    static final String FILE = "vpr-svod.dump";

    /** What the dump holds: the originals its files table knows (read in the snapshot it dumped). */
    record Dumped(List<DatabaseCopy.Original> originals) {
        Dumped {
            originals = List.copyOf(originals);
        }
    }

    private PostgresDump() {
    }

    /**
     * pg_dump (or pg_restore, psql) given by the user, or found on PATH and in the usual install folders; empty
     * when there is none.
     */
    static Optional<Path> program(Path given, String name) {
        if (given != null) {
            Path program = Files.isDirectory(given) ? given.resolve(executable(name)) : given;
            return Files.isRegularFile(program) ? Optional.of(program) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir.strip()).resolve(executable(name)));
                }
            }
        }
        // Debian keeps every version's programs apart; Windows installers put them under Program Files.
        candidates.addAll(versions(Path.of("/usr/lib/postgresql"), "bin", name));
        String programFiles = System.getenv("ProgramFiles");
        if (programFiles != null) {
            candidates.addAll(versions(Path.of(programFiles, "PostgreSQL"), "bin", name));
            candidates.addAll(versions(Path.of(programFiles, "PostgresPro"), "bin", name));
        }
        return candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /** The program of the same installation as another (pg_restore beside pg_dump), else the usual search. */
    static Optional<Path> beside(Path program, String name) {
        Path next = program.toAbsolutePath().resolveSibling(executable(name));
        return Files.isRegularFile(next) ? Optional.of(next) : program(null, name);
    }

    private static List<Path> versions(Path root, String bin, String name) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (var dirs = Files.list(root)) {
            // The newest first: a newer pg_dump reads older servers, not the other way round.
            return dirs.sorted(java.util.Comparator.comparing(PostgresDump::versionOf).reversed())
                    .map(d -> d.resolve(bin).resolve(executable(name))).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int versionOf(Path dir) {
        String digits = dir.getFileName().toString().replaceAll("[^0-9].*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
    }

    private static String executable(String name) {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? name + ".exe" : name;
    }

    /**
     * Dumps the database into {@code target} and returns the originals of the same moment. Fails with a Russian
     * message (as {@link IllegalStateException}) when the server or pg_dump refuses.
     */
    static Dumped dump(Database database, Path pgDump, Path target) throws IOException {
        try (Connection c = database.connectReadOnly()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            List<DatabaseCopy.Original> originals = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, archive_path, sha256 FROM files ORDER BY id")) {
                while (rs.next()) {
                    originals.add(new DatabaseCopy.Original(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--file=" + target,
                    "--snapshot=" + snapshot, "--no-password"));
            database.schema().ifPresent(schema -> command.add("--schema=" + schema));
            run(command, database, "pg_dump");
            c.commit();
            return new Dumped(originals);
        } catch (SQLException e) {
            throw new IllegalStateException("сервер PostgreSQL " + database.describe() + " не отвечает: " + e.getMessage(), e);
        }
    }

    /** How many tables' data the dump holds, as pg_restore reads its table of contents: proof that it is whole. */
    static int tablesIn(Database database, Path pgRestore, Path dump) throws IOException {
        String listing = run(List.of(pgRestore.toString(), "--list", dump.toString()), database, "pg_restore");
        return (int) listing.lines().filter(l -> !l.startsWith(";") && l.contains(" TABLE DATA ")).count();
    }

    /** Runs a PostgreSQL program with the server's address and password in its environment; its output. */
    private static String run(List<String> command, Database database, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("PG"));
        builder.environment().putAll(database.clientEnvironment());
        Path output = Files.createTempFile("vpr-" + name, ".log");
        try {
            Process process = builder.redirectOutput(output.toFile()).start();
            boolean ended;
            try {
                ended = process.waitFor(6, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + " прерван", e);
            }
            String said = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (!ended) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " не закончил работу за 6 часов");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " завершился с ошибкой (код " + process.exitValue() + ")"
                        + (said.isEmpty() ? "" : ": " + said.lines().reduce((a, b) -> b).orElse("")));
            }
            return said;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
