package ru.vprsvod.publishing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder coordinators and schools read. Every file is written under a temporary name and moved into place,
 * so a reader (or a crash) never sees half a file. When a document is regenerated with different content, the
 * earlier one moves to «Предыдущие версии» with its time in the name: nothing is silently overwritten.
 */
public final class Outbox {

    /** Where earlier versions of regenerated documents are kept, inside the outbox. */
    public static final String PREVIOUS_VERSIONS = "Предыдущие версии";

    private static final String TEMP_PREFIX = ".~";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss");

    /** Writes a file's bytes to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path root;
    private final Clock clock;

    public Outbox(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path root() {
        return root;
    }

    /**
     * Writes a file at a path relative to the outbox (made only of our own safe names), keeping an earlier,
     * different version. Returns the file's path.
     */
    public Path publish(String relativePath, Content content) {
        Path target = resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
            try {
                // Not Files.createTempFile, which makes the file rw------- whatever the umask: what is published must
                // be readable by whoever the umask lets read it (schools through a share served as another user).
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
                // On disk before it gets its name: after a power cut the name never points at missing bytes.
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                place(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** One file of {@link #publishAll}: where in the outbox, and its bytes. */
    public record Entry(String relativePath, byte[] bytes) {
    }

    /**
     * Writes several files as {@link #publish} writes each — under a temporary name, synced, then named, an earlier
     * different version kept — but together: all are written, then all synced, then all named, then each folder they
     * are in is synced once, so the names are on disk too when this returns. For a group of receipts: a file whose
     * receipt this wrote may be let go of.
     */
    public List<Path> publishAll(List<Entry> entries) {
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        Path at = root;
        try {
            try {
                for (Entry entry : entries) {
                    at = resolve(entry.relativePath());
                    Files.createDirectories(at.getParent());
                    Path temp = at.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
                    temps.add(temp);
                    targets.add(at);
                    try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                        out.write(entry.bytes());
                    }
                }
                for (Path temp : temps) {
                    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        channel.force(true);
                    }
                }
                Set<Path> folders = new LinkedHashSet<>();
                for (int i = 0; i < temps.size(); i++) {
                    at = targets.get(i);
                    place(temps.get(i), at);
                    folders.add(at.getParent());
                }
                for (Path folder : folders) {
                    syncDirectory(folder);
                }
            } finally {
                for (Path temp : temps) {
                    Files.deleteIfExists(temp);
                }
            }
            return targets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + at, e);
        }
    }

    /** Gives a synced temporary file its name, unless the same bytes are there already; an earlier version is kept. */
    private void place(Path temp, Path target) throws IOException {
        if (Files.exists(target) && sameContent(temp, target)) {
            Files.delete(temp);
            return;
        }
        if (Files.exists(target)) {
            keepPreviousVersion(target);
        }
        move(temp, target);
    }

    /** Makes renames durable on power loss too (Linux); elsewhere the file system does it or cannot be asked. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals renames itself.
        }
    }

    /**
     * Takes a document that no longer applies (a school's road map after the school left the risk group) out of the
     * outbox into «Предыдущие версии», like an earlier version: never deleted. Returns whether there was one.
     */
    public boolean retire(String relativePath) {
        Path target = resolve(relativePath);
        try {
            if (!Files.isRegularFile(target)) {
                return false;
            }
            keepPreviousVersion(target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot retire " + target, e);
        }
    }

    /**
     * Retires every file of a folder of the outbox whose name ends with {@code extension} and is not among
     * {@code current} (relative paths, as {@link #retire} takes them); returns the paths retired.
     */
    public List<String> retireOthers(String folder, String extension, Set<String> current) {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> retired = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList()) {
                String name = folder + "/" + file.getFileName();
                if (!current.contains(name) && retire(name)) {
                    retired.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return retired;
    }

    private void keepPreviousVersion(Path target) throws IOException {
        Path relative = root.relativize(target);
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stamp = LocalDateTime.ofInstant(Files.getLastModifiedTime(target).toInstant(), clock.getZone()).format(VERSION_TIME);
        String versioned = dot > 0 ? name.substring(0, dot) + " (" + stamp + ")" + name.substring(dot) : name + " (" + stamp + ")";
        Path dir = root.resolve(PREVIOUS_VERSIONS);
        if (relative.getParent() != null) {
            dir = dir.resolve(relative.getParent());
        }
        Files.createDirectories(dir);
        Path destination = dir.resolve(versioned);
        for (int n = 2; Files.exists(destination); n++) {
            destination = dir.resolve(versioned.replace(" (" + stamp + ")", " (" + stamp + ", " + n + ")"));
        }
        move(target, destination);
    }

    /** The earlier versions of a document, oldest first. */
    public List<Path> previousVersions(String relativePath) {
        Path target = resolve(relativePath);
        Path relative = root.relativize(target);
        Path dir = root.resolve(PREVIOUS_VERSIONS).resolve(relative).getParent();
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name) + " (";
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(stem)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the outbox; anything that would leave it is a programming error. */
    public Path resolve(String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("not a path inside the outbox: " + relativePath);
        }
        return target;
    }

    /**
     * Removes what writes cut short by a crash left behind (our own temporary files, never shown), so the
     * outbox holds only whole files. Only while nothing is being written: the service runs one copy per data
     * folder and calls this at start. LibreOffice's «.~lock.…#» files of documents a coordinator has open are
     * not ours and stay. Only files last changed {@code before}: with shared folders a younger one may be another
     * instance's write in progress.
     */
    public int removeLeftovers(java.time.Instant before) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> leftovers = files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && changedBefore(f, before);
            }).toList();
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
            return leftovers.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear unfinished files in " + root, e);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                throw e;
            }
            // A file gone while listing: another instance's write or probe ended (shared folders). Cleared next start.
            return 0;
        }
    }

    /** Whether a file in the outbox is one of ours to show (not a temporary file of a write in progress). */
    public static boolean isPublished(Path file) {
        return !file.getFileName().toString().startsWith(TEMP_PREFIX);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    /**
     * A file name made safe from a sender's name: only letters, digits, spaces and «.-_()№», at most 100
     * characters. Senders' names are shown, never used as paths as they are.
     */
    public static String safeName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N} ._()№-]", "_").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll("^[.]+", "");
        if (cleaned.length() > 100) {
            cleaned = cleaned.substring(0, 100).strip();
        }
        return cleaned.isEmpty() ? "файл" : cleaned;
    }

    /** Whether a file was last changed before the moment (a file gone meanwhile was not). */
    private static boolean changedBefore(Path file, java.time.Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }
}
