package ru.vprsvod.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.database.Coordination;

/**
 * The work folder inside the inbox where files wait between being taken and being recorded. Taking a file is
 * an atomic move on the same file system, so a file is either still in the inbox or fully here; each claim has
 * its own folder with a small description of where the file came from.
 *
 * <p>Instances sharing the inbox (on one PostgreSQL database) hold each claim they work on through
 * {@link Coordination}, from before its folder is made until it is removed or left for a retry: another instance
 * never takes up, nor clears away as unfinished, a claim someone is working on, and takes up the claims of one that
 * died. With SQLite there is one instance and every claim is its own.
 */
public final class WorkFolder {

    /** Hidden, so schools browsing the share do not see it and the scanner skips it. */
    public static final String NAME = ".в-обработке";

    private static final Logger log = LoggerFactory.getLogger(WorkFolder.class);
    private static final String DESCRIPTION = "claim.properties";
    private static final String FILE = "file";

    private final Path root;
    private final Clock clock;
    /**
     * Uploads being written or processed now, beside a pass: {@link #pending} leaves them alone, so a pass never
     * takes up (or clears away as unfinished) a claim an upload is still working on.
     */
    private final java.util.Set<String> inUpload = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Coordination coordination;
    /** The claims the current pass holds (taken or taken up), let go of when it ends ({@link #passEnded}). */
    private final java.util.Set<String> ofPass = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public WorkFolder(Path inbox, Clock clock, Coordination coordination) {
        this.root = inbox.toAbsolutePath().normalize().resolve(NAME);
        this.clock = clock;
        this.coordination = coordination;
    }

    /** Whether other instances work in the same folder (on one PostgreSQL database). */
    public boolean shared() {
        return coordination.shared();
    }

    /** The work folder itself, inside the inbox. */
    public Path root() {
        return root;
    }

    /**
     * Creates the work folder when the inbox has none yet, so that it can be checked for writing before a file is
     * taken; a failure is left for that check to tell.
     */
    void create() {
        if (Files.isDirectory(root) || !Files.isDirectory(root.getParent())) {
            return; // an inbox that is not there is not made here
        }
        try {
            Files.createDirectory(root);
        } catch (IOException e) {
            // told by the check that follows
        }
    }

    /** Takes a stable inbox file: moves it here. Empty when the move failed (e.g. the file is open elsewhere). */
    public Optional<Claim> take(InboxFile file) {
        String id = newId();
        if (!coordination.claim(id)) {
            return Optional.empty(); // the database cannot be asked now: the file waits in the inbox
        }
        ofPass.add(id);
        Path dir = root.resolve(id);
        Claim claim = new Claim(id, dir, dir.resolve(FILE), file.name(), "папка", file.schoolFolder(),
                file.schoolFolder() != null, clock.instant(), null, null, null, !file.complete());
        try {
            Files.createDirectories(dir);
            describe(claim);
            try {
                Files.move(file.path(), claim.file(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Only when the work folder sits on another file system than the file (a school folder that is a
                // link to another share). Copy whole under a temporary name first, so the claim never holds half a
                // file; a crash before the original is deleted takes it twice, and the second arrival of the same
                // bytes is then recorded as a duplicate, not counted again.
                Path temp = dir.resolve(FILE + ".part");
                Files.copy(file.path(), temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, claim.file(), StandardCopyOption.ATOMIC_MOVE);
                Files.delete(file.path());
            }
            return Optional.of(claim);
        } catch (IOException e) {
            // Another instance took it first (the move found no file), or it is open elsewhere.
            log.warn("Could not take {} from the inbox (will retry): {}", file.path(), e.toString());
            deleteEmpty(dir);
            letGo(id);
            return Optional.empty();
        }
    }

    /** Takes an upload from the web form: the bytes are written here under our own name, never the sender's. */
    public Claim upload(InputStream content, String originalName, String school, String subject, Integer grade, Integer year) {
        String id = newId();
        if (!coordination.claim(id)) {
            throw new IllegalStateException("the database cannot be asked to hold the upload " + originalName);
        }
        inUpload.add(id);
        Path dir = root.resolve(id);
        Claim claim = new Claim(id, dir, dir.resolve(FILE), originalName, "веб", school, school != null,
                clock.instant(), grade, subject, year, false);
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve(FILE + ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.transferTo(out);
            }
            describe(claim);
            Files.move(temp, claim.file(), StandardCopyOption.ATOMIC_MOVE);
            return claim;
        } catch (IOException e) {
            // Never acknowledged to the sender, so nothing is lost by dropping the partial upload.
            deleteEmpty(dir);
            inUpload.remove(id);
            letGo(id);
            throw new UncheckedIOException("cannot store upload " + originalName, e);
        }
    }

    /**
     * Claims left over from a run that stopped before recording them, oldest first. A claim folder without its
     * file (a take or an upload cut short) holds nothing a sender was told we have, and is removed.
     * Uploads still being written or processed are not among them.
     */
    public List<Claim> pending() {
        return pending(inUpload);
    }

    /**
     * An upload's claim is done with, recorded or not: from now on a pass may take it up (after a failure of ours,
     * it waits in the work folder like any claim).
     */
    void uploadSettled(Claim claim) {
        inUpload.remove(claim.id());
        letGo(claim.id());
    }

    /**
     * The pass is over: the claims it took or took up and did not finish (a failure, a retry not due yet, a pass
     * stopped by a fault) are let go of, for the next pass here or another instance's.
     */
    void passEnded() {
        for (String id : List.copyOf(ofPass)) {
            letGo(id);
        }
    }

    private void letGo(String id) {
        ofPass.remove(id);
        coordination.letGo(id);
    }

    private List<Claim> pending(java.util.Set<String> skipped) {
        List<Claim> claims = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return claims;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                String id = dir.getFileName().toString();
                if (skipped.contains(id) || !coordination.claim(id)) {
                    continue; // an upload here, or a claim another instance (or thread) works on
                }
                ofPass.add(id);
                Optional<Claim> claim = read(dir);
                if (claim.isPresent()) {
                    claims.add(claim.get());
                } else {
                    deleteEmpty(dir);
                    letGo(id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        claims.sort((a, b) -> a.id().compareTo(b.id()));
        return claims;
    }

    /** How many claims are in the work folder (being processed, or waiting for a retry). */
    public int count() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            int n = 0;
            for (Path ignored : dirs) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a claim once its file is safe in the archive and recorded. */
    public void release(Claim claim) {
        try {
            Files.deleteIfExists(claim.file());
            Files.deleteIfExists(claim.dir().resolve(DESCRIPTION));
            Files.deleteIfExists(claim.dir());
        } catch (IOException e) {
            log.warn("Could not remove finished claim {}: {}", claim.dir(), e.toString());
        }
        letGo(claim.id()); // only once it is gone: another instance then finds nothing to take up
    }

    private Optional<Claim> read(Path dir) {
        Path description = dir.resolve(DESCRIPTION);
        if (!Files.isRegularFile(dir.resolve(FILE)) || !Files.isRegularFile(description)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(description)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Claim(dir.getFileName().toString(), dir, dir.resolve(FILE), p.getProperty("name"),
                p.getProperty("source"), p.getProperty("school"), Boolean.parseBoolean(p.getProperty("authoritative")),
                Instant.parse(p.getProperty("received")), integer(p.getProperty("grade")), p.getProperty("subject"),
                integer(p.getProperty("year")), Boolean.parseBoolean(p.getProperty("incomplete"))));
    }

    private static Integer integer(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static void describe(Claim claim) throws IOException {
        Properties p = new Properties();
        p.setProperty("name", claim.originalName());
        p.setProperty("source", claim.source());
        p.setProperty("received", claim.receivedAt().toString());
        p.setProperty("authoritative", String.valueOf(claim.schoolIsAuthoritative()));
        if (claim.incomplete()) {
            p.setProperty("incomplete", "true");
        }
        if (claim.school() != null) {
            p.setProperty("school", claim.school());
        }
        if (claim.formSubject() != null) {
            p.setProperty("subject", claim.formSubject());
        }
        if (claim.formGrade() != null) {
            p.setProperty("grade", claim.formGrade().toString());
        }
        if (claim.formYear() != null) {
            p.setProperty("year", claim.formYear().toString());
        }
        Path temp = claim.dir().resolve(DESCRIPTION + ".part");
        try (var out = new java.io.OutputStreamWriter(Files.newOutputStream(temp), java.nio.charset.StandardCharsets.UTF_8)) {
            p.store(out, null);
        }
        Files.move(temp, claim.dir().resolve(DESCRIPTION), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Ids sort by time of claim, so pending claims are processed in arrival order. */
    private String newId() {
        return String.format("%013d-%s", clock.millis(), UUID.randomUUID().toString().substring(0, 8));
    }

    private static void deleteEmpty(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".part") || f.getFileName().toString().equals(DESCRIPTION)) {
                    Files.delete(f);
                }
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A folder we cannot clean up holds no claim; it is retried at the next start.
        }
    }
}
