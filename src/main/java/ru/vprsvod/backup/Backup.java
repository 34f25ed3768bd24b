package ru.vprsvod.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.io.output.NullOutputStream;
import ru.vprsvod.config.CommandLine;
import ru.vprsvod.config.Settings;
import ru.vprsvod.consolidation.DatabaseCopy;
import ru.vprsvod.database.Database;
import ru.vprsvod.intake.Archive;

/**
 * {@code backup --to DIR}: a copy of the data folder that is consistent even while the service runs. The
 * database is copied first, as one snapshot; then the archive and the quarantine. Originals are written
 * before the database mentions them and never change or move afterwards, so every file the snapshot knows is
 * already there to be copied. Finally each of them is checked against its SHA-256 in the copied database.
 *
 * <p>Restoring is copying the folder back (see README): the copy is a complete data folder.
 *
 * <p>With {@code --database} (a PostgreSQL server) the database's part is {@code pg_dump}'s of one snapshot
 * ({@link PostgresDump}), the archive and quarantine are copied as for SQLite, and a {@code SHA256SUMS} file lists
 * the dump and every original with its hash, so the copy can be checked again later ({@code sha256sum -c}).
 * Restoring is {@code pg_restore} into an empty database and the folders copied back (see README).
 */
public final class Backup {

    private Backup() {
    }

    /** Makes the copy, telling the console how it went; false when there is no complete, verified copy. */
    public static boolean run(CommandLine.Backup command, PrintStream out) {
        if (command.database() != null) {
            Database.Choice choice = Database.of(command.database(), System.getenv());
            if (choice.problem() != null) {
                out.println(choice.problem());
                return false;
            }
            return postgres(command, choice.database(), out);
        }
        Path data = command.data();
        Path database = data.resolve(Settings.DATABASE_FILE);
        Path target = command.target();
        if (!Files.isRegularFile(database)) {
            out.println("В папке данных " + data.toAbsolutePath() + " нет базы данных (vpr-svod.db): копировать нечего.");
            return false;
        }
        try {
            if (Files.exists(target) && !isEmptyDirectory(target)) {
                out.println("Папка " + target.toAbsolutePath() + " не пуста: укажите новую или пустую папку для резервной копии.");
                return false;
            }
            Files.createDirectories(target);
            DatabaseCopy.copy(database, target.resolve(database.getFileName()));
            long copied = copyTree(data.resolve(Archive.ARCHIVE), target.resolve(Archive.ARCHIVE))
                    + copyTree(data.resolve(Archive.QUARANTINE), target.resolve(Archive.QUARANTINE));
            List<DatabaseCopy.Original> originals = DatabaseCopy.originals(target.resolve(database.getFileName()));
            List<String> wrong = verify(target, originals);
            int known = originals.size();
            out.println("Резервная копия: " + target.toAbsolutePath());
            out.println("  база данных — снимок на момент начала копирования; файлов в журнале: " + known);
            out.println("  подлинников скопировано: " + copied);
            if (!wrong.isEmpty()) {
                out.println("ОШИБКА: не совпадают или отсутствуют " + wrong.size() + " подлинник(ов):");
                wrong.forEach(w -> out.println("  " + w));
                return false;
            }
            out.println("  проверено: все подлинники журнала (" + known + ") на месте и совпадают по SHA-256.");
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.println("Резервная копия не сделана: " + e.getMessage());
            return false;
        }
    }

    /**
     * A PostgreSQL server's backup: the dump of one snapshot, then the originals it knows, each checked by its
     * SHA-256, and the list of hashes written beside them.
     */
    private static boolean postgres(CommandLine.Backup command, Database database, PrintStream out) {
        Path data = command.data();
        Path target = command.target();
        Optional<Path> pgDump = PostgresDump.program(command.pgDump(), "pg_dump");
        if (pgDump.isEmpty()) {
            out.println(command.pgDump() != null
                    ? "Программа pg_dump не найдена: " + command.pgDump().toAbsolutePath() + "."
                    : "Программа pg_dump не найдена (её нет ни в PATH, ни в обычных папках установки PostgreSQL)."
                    + " Установите клиент PostgreSQL (Debian: apt install postgresql-client; Windows: программа установки"
                    + " PostgreSQL, папка bin) или укажите её: --pg-dump ПУТЬ.");
            return false;
        }
        Optional<Path> pgRestore = PostgresDump.beside(pgDump.get(), "pg_restore");
        if (pgRestore.isEmpty()) {
            out.println("Программа pg_restore не найдена рядом с " + pgDump.get() + ": без неё копию базы нельзя проверить."
                    + " Установите клиент PostgreSQL полностью.");
            return false;
        }
        try {
            if (Files.exists(target) && !isEmptyDirectory(target)) {
                out.println("Папка " + target.toAbsolutePath() + " не пуста: укажите новую или пустую папку для резервной копии.");
                return false;
            }
            Files.createDirectories(target);
            Path dump = target.resolve(PostgresDump.FILE);
            PostgresDump.Dumped dumped = PostgresDump.dump(database, pgDump.get(), dump);
            int tables = PostgresDump.tablesIn(database, pgRestore.get(), dump);
            long copied = copyTree(data.resolve(Archive.ARCHIVE), target.resolve(Archive.ARCHIVE))
                    + copyTree(data.resolve(Archive.QUARANTINE), target.resolve(Archive.QUARANTINE));
            List<String> wrong = verify(target, dumped.originals());
            writeSums(target, dump, dumped.originals());
            int known = dumped.originals().size();
            out.println("Резервная копия: " + target.toAbsolutePath());
            out.println("  база данных " + database.describe() + " — снимок pg_dump на момент начала копирования ("
                    + PostgresDump.FILE + ", таблиц: " + tables + "); файлов в журнале: " + known);
            out.println("  подлинников скопировано: " + copied);
            if (!wrong.isEmpty()) {
                out.println("ОШИБКА: не совпадают или отсутствуют " + wrong.size() + " подлинник(ов):");
                wrong.forEach(w -> out.println("  " + w));
                return false;
            }
            out.println("  проверено: все подлинники журнала (" + known + ") на месте и совпадают по SHA-256;"
                    + " контрольные суммы — в файле " + SUMS + ".");
            return true;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.println("Резервная копия не сделана: " + e.getMessage());
            return false;
        }
    }

    /** The list of hashes beside a PostgreSQL backup, in the format {@code sha256sum -c} reads. */
    static final String SUMS = "SHA256SUMS";

    private static void writeSums(Path target, Path dump, List<DatabaseCopy.Original> originals) throws IOException {
        StringBuilder sums = new StringBuilder(sha256(dump)).append("  ").append(PostgresDump.FILE).append('\n');
        for (DatabaseCopy.Original original : originals) {
            sums.append(original.sha256()).append("  ").append(original.path()).append('\n');
        }
        Files.writeString(target.resolve(SUMS), sums.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every original the copied database knows must be in the copy with the same bytes. */
    static List<String> verify(Path copy, List<DatabaseCopy.Original> originals) {
        List<String> wrong = new ArrayList<>();
        for (DatabaseCopy.Original original : originals) {
            Path file = copy.resolve(original.path());
            if (!Files.isRegularFile(file)) {
                wrong.add("№ " + original.fileId() + ": нет файла " + original.path());
            } else if (!sha256(file).equals(original.sha256())) {
                wrong.add("№ " + original.fileId() + ": содержимое " + original.path() + " не совпадает с журналом");
            }
        }
        return wrong;
    }

    /**
     * Copies a folder of originals; a file that vanishes meanwhile (a new arrival moving on to quarantine) is
     * not one the snapshot knows and is skipped. Unfinished copies ({@code .part}) are not originals.
     */
    private static long copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        long[] copied = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (file.getFileName().toString().endsWith(".part")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    copied[0]++;
                } catch (NoSuchFileException e) {
                    // moved away after listing
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return copied[0];
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(NullOutputStream.INSTANCE);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
