package ru.vprsvod.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
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
import ru.vprsvod.outbox.Outbox;

/**
 * The archive of originals: every received file, byte for byte, kept forever under the data folder
 * ({@code archive/2026/05/21/<claim>__<name>}). Copying and hashing (SHA-256) happen in one pass; the copy is
 * synced to disk before it gets its final name, so an archived file is always whole.
 */
public final class Archive {

    /** A file safe in the archive. */
    public record Archived(Path path, String relativePath, String sha256, long size) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Path dataDir;
    private final ZoneId zone;

    public Archive(Path dataDir, ZoneId zone) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.zone = zone;
    }

    public Archived store(Claim claim) {
        String relative = "archive/" + DAY.format(claim.receivedAt().atZone(zone)) + "/" + claim.id() + "__"
                + Outbox.safeName(claim.originalName());
        Path target = dataDir.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(target.getFileName() + ".part");
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

    public Path resolve(String relativePath) {
        return dataDir.resolve(relativePath);
    }
}
