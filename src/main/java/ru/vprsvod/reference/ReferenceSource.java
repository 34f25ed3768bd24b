package ru.vprsvod.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.workbook.Problem;

/**
 * The reference workbook as the service sees it: re-read whenever the coordinator saves a new version. A
 * version with errors never replaces a good one: the service keeps working with the last good reference and
 * reports the new one's problems.
 */
public final class ReferenceSource {

    private static final Logger log = LoggerFactory.getLogger(ReferenceSource.class);

    private final Path file;
    private boolean looked;
    private long seenSize = -1;
    private long seenModified = -1;
    private Reference current;
    private String currentFingerprint = "";
    private ReferenceReading lastReading = new ReferenceReading.Invalid(List.of());
    private String lastFingerprint = "";

    public ReferenceSource(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** Re-reads the file if it changed since the last look. Returns whether anything changed. */
    public synchronized boolean refresh() {
        long size = -1;
        long modified = -1;
        if (Files.isRegularFile(file)) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                size = a.size();
                modified = a.lastModifiedTime().toMillis();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (looked && size == seenSize && modified == seenModified) {
            return false;
        }
        looked = true;
        seenSize = size;
        seenModified = modified;
        lastFingerprint = size < 0 ? "" : sha256(file);
        lastReading = ReferenceLoader.load(file);
        if (lastReading instanceof ReferenceReading.Loaded loaded) {
            current = loaded.reference();
            currentFingerprint = lastFingerprint;
            log.info("Reference loaded from {}: {} schools, {} works, {} warnings", file, current.schools().size(),
                    current.specs().size(), loaded.problems().size());
        } else {
            log.warn("Reference {} has {} problems{}", file, lastReading.problems().size(),
                    current == null ? "; no usable reference yet" : "; keeping the previous version");
            lastReading.problems().stream().limit(10).forEach(p -> log.warn("  {}", p.describe()));
        }
        return true;
    }

    /** The last good reference, if there has been one. */
    public synchronized Optional<Reference> current() {
        return Optional.ofNullable(current);
    }

    /** The outcome of reading the file as it is now on disk. */
    public synchronized ReferenceReading lastReading() {
        return lastReading;
    }

    /** Whether the file on disk is the one in use (false when its latest version was rejected). */
    public synchronized boolean upToDate() {
        return current != null && lastFingerprint.equals(currentFingerprint);
    }

    /** SHA-256 of the reference file in use: outputs depend on it. */
    public synchronized String fingerprint() {
        return currentFingerprint;
    }

    public synchronized List<Problem> problems() {
        return lastReading.problems();
    }

    /**
     * Why no reference can be used, in one Russian sentence for the console and the coordinator's pages: the file
     * is missing, or it has errors (and there was no good version before). Empty while a reference is in use.
     */
    public synchronized Optional<String> unusable() {
        if (current != null) {
            return Optional.empty();
        }
        if (!Files.exists(file)) {
            return Optional.of("справочник не найден: " + file + ".");
        }
        long errors = lastReading.problems().stream().filter(Problem::isError).count();
        return Optional.of("справочник " + file + " не загружен: в нём ошибки (" + Math.max(errors, 1) + "), они перечислены"
                + " в «Справочник — протокол проверки.txt» в исходящих.");
    }

    static String sha256(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
