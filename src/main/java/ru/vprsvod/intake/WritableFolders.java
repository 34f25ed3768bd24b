package ru.vprsvod.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.vprsvod.russian.RussianFormat;

/**
 * The folders the service writes, and what is wrong with them when writing fails. Faults are found by looking at
 * the folder itself (does it exist, is its file system read-only, how much space is left, can a small file be
 * written and synced there), not by reading the system's error text, which changes with the language of the
 * system. A full SQLite database is told by its result code.
 */
final class WritableFolders {

    /**
     * A folder: its key for programs ({@code data}, {@code outbox}, {@code workFolder}), what it is for as the user
     * reads it («папка данных»), and where it is.
     */
    record Folder(String key, String role, Path path) {
    }

    /** Below this the disk counts as full: a file's archive copy and its receipt would not fit. */
    static final long MIN_FREE_BYTES = 1L << 20;
    /** Below this the coordinator is warned on /health and the desk, before the disk runs out. */
    static final long LOW_FREE_BYTES = 1L << 30;
    /** Less than this, and an I/O failure is taken for a full disk: three of the largest uploads (20 MB) no longer fit. */
    static final long TIGHT_BYTES = 64L << 20;
    private static final int PROBE_BYTES = 64 * 1024;
    static final String PROBE_PREFIX = ".~probe-";
    /** SQLite's primary result codes (sqlite3.h): the database or disk is full; a read-only database. */
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;

    /**
     * With folders shared by instances, a probe older than this is one a killed instance left (a probe lives for
     * milliseconds); a younger one may be the other instance's probe in progress.
     */
    static final java.time.Duration SHARED_PROBE_AGE = java.time.Duration.ofSeconds(10);

    private final List<Folder> folders;
    private final boolean shared;

    /** Made at start, before any probe of this run: a probe left by a kill or a power cut is removed here. */
    WritableFolders(List<Folder> folders) {
        this(folders, false);
    }

    /**
     * @param shared other instances write in the same folders (PostgreSQL): only probes older than
     *               {@link #SHARED_PROBE_AGE} are removed, at start and by every check, since the instance that left
     *               one may never start again
     */
    WritableFolders(List<Folder> folders, boolean shared) {
        this.folders = List.copyOf(folders);
        this.shared = shared;
        for (Folder folder : this.folders) {
            removeLeftoverProbes(folder.path(), shared);
        }
    }

    private static void removeLeftoverProbes(Path dir, boolean shared) {
        if (!Files.isDirectory(dir)) {
            return; // check() names the missing folder
        }
        try (java.nio.file.DirectoryStream<Path> probes = Files.newDirectoryStream(dir, PROBE_PREFIX + "*.tmp")) {
            java.time.Instant before = java.time.Instant.now().minus(SHARED_PROBE_AGE);
            for (Path probe : probes) {
                if (!shared || Files.getLastModifiedTime(probe).toInstant().isBefore(before)) {
                    Files.deleteIfExists(probe);
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // a folder that cannot be listed is reported by check(); the probe is only a few kilobytes
        }
    }

    /** The first folder that cannot be written now, with what is wrong with it. */
    Optional<Fault> check() {
        for (Folder folder : folders) {
            if (shared) {
                removeLeftoverProbes(folder.path(), true);
            }
            Optional<Fault> fault = probe(folder);
            if (fault.isPresent()) {
                return fault;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a failure of ours was the machine's: a folder that cannot be written now, or a full database. Empty
     * when the folders are fine, so the failure is something else (a mistake of ours, a locked file) and only the
     * file it happened to is set aside for the next pass.
     */
    Optional<Fault> diagnose(Throwable failure) {
        Optional<Fault> fault = check();
        if (fault.isPresent()) {
            return fault;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == SQLITE_FULL || sql.getErrorCode() == SQLITE_READONLY)) {
                Folder data = folders.get(0);
                return Optional.of(sql.getErrorCode() == SQLITE_FULL ? noSpace(data, usable(data.path()))
                        : fault(Fault.Kind.READ_ONLY, data, "база данных доступна только для чтения"));
            }
            if (t instanceof IOException) {
                // The probe found a little space, but what failed needed more (a large file's archive copy).
                for (Folder folder : folders) {
                    long usable = usable(folder.path());
                    if (usable >= 0 && usable < TIGHT_BYTES) {
                        return Optional.of(noSpace(folder, usable));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The space left for each folder, by key, in bytes (−1 where it cannot be told). */
    Map<String, Long> free() {
        Map<String, Long> free = new LinkedHashMap<>();
        for (Folder folder : folders) {
            free.put(folder.key(), usable(folder.path()));
        }
        return free;
    }

    /** «На диске с папкой исходящих /srv/vpr/outbox осталось 512 МБ.» for each folder short of space. */
    List<String> lowSpaceWarnings() {
        return folders.stream().filter(f -> {
            long usable = usable(f.path());
            return usable >= 0 && usable < LOW_FREE_BYTES;
        }).map(f -> "На диске, где " + f.role() + " " + f.path().toAbsolutePath() + ", осталось " + size(usable(f.path()))
                + ": освободите место, иначе приём файлов остановится.").toList();
    }

    private static Optional<Fault> probe(Folder folder) {
        Path dir = folder.path();
        if (!Files.isDirectory(dir)) {
            return Optional.of(fault(Fault.Kind.MISSING, folder, "папки нет (удалена, переименована или не подключён"
                    + " сетевой диск)"));
        }
        FileStore store;
        try {
            store = Files.getFileStore(dir);
        } catch (IOException e) {
            return Optional.of(fault(Fault.Kind.MISSING, folder, "папка недоступна (" + e.getMessage() + ")"));
        }
        if (store.isReadOnly()) {
            return Optional.of(readOnly(folder));
        }
        long usable = usable(dir);
        if (usable >= 0 && usable < MIN_FREE_BYTES) {
            return Optional.of(noSpace(folder, usable));
        }
        // Our own temporary-name pattern, so a probe left by a power cut is removed at the next start.
        Path probe = dir.resolve(PROBE_PREFIX + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(PROBE_BYTES));
                channel.force(false);
            }
            return Optional.empty();
        } catch (AccessDeniedException e) {
            return Optional.of(isReadOnly(dir) ? readOnly(folder) : fault(Fault.Kind.NO_PERMISSION, folder,
                    "у программы нет прав на запись в эту папку (программа работает от имени пользователя «"
                            + System.getProperty("user.name") + "»)"));
        } catch (IOException e) {
            if (isReadOnly(dir)) {
                return Optional.of(readOnly(folder));
            }
            long left = usable(dir);
            if (left >= 0 && left < PROBE_BYTES + MIN_FREE_BYTES) {
                return Optional.of(noSpace(folder, left));
            }
            return Optional.of(fault(Fault.Kind.OTHER, folder, "запись в папку не удалась: " + e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // Removed at the next start with the other leftovers.
            }
        }
    }

    private static Fault noSpace(Folder folder, long usable) {
        return fault(Fault.Kind.NO_SPACE, folder, "на диске нет места" + (usable >= 0 ? " (свободно " + size(usable) + ")" : ""));
    }

    private static Fault readOnly(Folder folder) {
        return fault(Fault.Kind.READ_ONLY, folder, "диск доступен только для чтения");
    }

    private static Fault fault(Fault.Kind kind, Folder folder, String what) {
        String sentence = "Запись невозможна: " + folder.role() + " " + folder.path().toAbsolutePath() + " — " + what
                + ". Файлы школ не принимаются, пока это не исправлено; уже взятые файлы ждут в рабочей папке входящих и"
                + " будут обработаны, ничего не потеряно.";
        return new Fault(kind, folder.path(), folder.role(), sentence);
    }

    private static boolean isReadOnly(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static long usable(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** «0 байт», «512 КБ», «3,2 МБ», «1,5 ГБ». */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " " + RussianFormat.plural(bytes, "байт", "байта", "байт");
        }
        if (bytes < 1L << 20) {
            return (bytes >> 10) + " КБ";
        }
        if (bytes < 1L << 30) {
            return RussianFormat.decimal1(bytes / 1048576.0) + " МБ";
        }
        return RussianFormat.decimal1(bytes / 1073741824.0) + " ГБ";
    }
}
