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
import java.util.stream.Stream;
import org.apache.commons.io.output.NullOutputStream;
import ru.vprsvod.config.CommandLine;
import ru.vprsvod.config.Settings;
import ru.vprsvod.consolidation.DatabaseCopy;
import ru.vprsvod.intake.Archive;

/**
 * {@code backup --to DIR}: a copy of the data folder that is consistent even while the service runs. The
 * database is copied first, as one snapshot; then the archive and the quarantine. Originals are written
 * before the database mentions them and never change or move afterwards, so every file the snapshot knows is
 * already there to be copied. Finally each of them is checked against its SHA-256 in the copied database.
 *
 * <p>Restoring is copying the folder back (see README): the copy is a complete data folder.
 */
public final class Backup {

    private Backup() {
    }

    /** Makes the copy, telling the console how it went; false when there is no complete, verified copy. */
    public static boolean run(CommandLine.Backup command, PrintStream out) {
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
            List<String> wrong = verify(target);
            int known = DatabaseCopy.originals(target.resolve(database.getFileName())).size();
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

    /** Every original the copied database knows must be in the copy with the same bytes. */
    static List<String> verify(Path copy) {
        List<String> wrong = new ArrayList<>();
        for (DatabaseCopy.Original original : DatabaseCopy.originals(copy.resolve(Settings.DATABASE_FILE))) {
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
