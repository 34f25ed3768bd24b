package ru.vprsvod.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.publishing.Outbox;

/**
 * The archive of originals: every received file, byte for byte, kept forever under the data folder
 * ({@code archive/2026/05/21/<claim>__<name>}). Copying and hashing (SHA-256) happen in one pass; the copy is
 * synced to disk before it gets its final name, so an archived file is always whole.
 *
 * <p>Files that cannot be read at all are moved on to the quarantine folder beside it
 * ({@code quarantine/2026/05/21/<claim>__<name>}, with the reason in a {@code .txt} next to it), so the
 * coordinator finds them in one place; their bytes stay exactly as received.
 *
 * <p>Every name is made from the claim id, so doing a step again after a crash lands on the same path and
 * replaces the copy made before: one arrival never leaves two copies.
 */
public final class Archive {

    /** A file safe in the archive. */
    public record Archived(Path path, String relativePath, String sha256, long size) {
    }

    public static final String ARCHIVE = "archive";
    public static final String QUARANTINE = "quarantine";

    private static final Logger log = LoggerFactory.getLogger(Archive.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final String TEMP_SUFFIX = ".part";

    private final Path dataDir;
    private final ZoneId zone;

    public Archive(Path dataDir, ZoneId zone) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.zone = zone;
    }

    /**
     * Copies the claim's file into the archive, synced before it gets its name. The name itself is made durable by
     * {@link #syncFolders}, once for a group of files, before any of them is recorded.
     */
    public Archived store(Claim claim) {
        String relative = ARCHIVE + "/" + DAY.format(claim.receivedAt().atZone(zone)) + "/" + claim.id() + "__"
                + Outbox.safeName(claim.originalName());
        Path target = dataDir.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(claim.file()), sha);
                 OutputStream out = Files.newOutputStream(temp)) {
                size = in.transferTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new Archived(target, relative, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + claim.originalName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * Moves an archived original that cannot be read to the quarantine folder, with a text saying why beside
     * it; returns its new path relative to the data folder. The bytes are not touched: it is a rename.
     */
    public Archived quarantine(Archived archived, String reason) {
        String relative = QUARANTINE + archived.relativePath().substring(ARCHIVE.length());
        Path target = dataDir.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path note = target.resolveSibling(target.getFileName() + ".txt");
            Path temp = note.resolveSibling(note.getFileName() + TEMP_SUFFIX);
            Files.write(temp, reason.replace("\n", System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            Files.move(temp, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(archived.path(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(target.getParent());
            return new Archived(target, relative, archived.sha256(), archived.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot quarantine " + archived.relativePath(), e);
        }
    }

    /**
     * Syncs the folders the files were archived (or quarantined) in, each once: after it, their names survive a power
     * cut. Before the files are recorded, so a record never points at a name the disk may lose.
     */
    public void syncFolders(java.util.Collection<Archived> files) {
        files.stream().map(f -> f.path().getParent()).distinct().forEach(Archive::syncDirectory);
    }

    public Path resolve(String relativePath) {
        return dataDir.resolve(relativePath);
    }

    /**
     * Removes copies a crash cut short ({@code *.part}): they are ours, never a sender's, and the claim they
     * belong to is still in the work folder, so its file is archived again. Only while no pass runs;
     * only those last changed {@code before} (instances sharing the folder: younger ones may be in progress).
     */
    public int removeLeftovers(java.time.Instant before) {
        int removed = 0;
        for (String folder : List.of(ARCHIVE, QUARANTINE)) {
            Path dir = dataDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(TEMP_SUFFIX))
                        .filter(Files::isRegularFile).filter(f -> changedBefore(f, before))::iterator) {
                    Files.delete(file);
                    removed++;
                }
            } catch (IOException | UncheckedIOException e) {
                // Also a copy renamed while listing, by another instance sharing the folder: cleared next start.
                log.warn("Could not clear unfinished copies in {}: {}", dir, e.toString());
            }
        }
        return removed;
    }

    /** Makes a rename durable on power loss too (Linux); elsewhere the file system does it or cannot be asked. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; NTFS journals renames itself.
        }
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
