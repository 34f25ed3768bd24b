package ru.vprsvod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import io.javalin.Javalin;
import ru.vprsvod.intake.Pipeline;
import ru.vprsvod.publishing.Outputs;
import ru.vprsvod.accounts.Accounts;
import ru.vprsvod.config.Settings;
import ru.vprsvod.checks.LatestFindings;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.database.Coordination;
import ru.vprsvod.database.Database;
import ru.vprsvod.intake.Archive;
import ru.vprsvod.intake.Inbox;
import ru.vprsvod.intake.WorkFolder;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.pdf.PdfConverter;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.web.WebApp;
import ru.vprsvod.workbook.ReadLimits;

/**
 * The service's parts, built by hand from the settings: no container, every dependency visible here. With SQLite,
 * one running copy per data folder, guarded by a lock file, because two writers of one file would count files twice.
 * With PostgreSQL, several copies may share the folders (on a network share) and the database: they take turns
 * through the database ({@link Coordination}), so there is no lock file to hold.
 */
public final class App implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(App.class);

    final Settings settings;
    final Clock clock;
    final ReferenceSource references;
    final ResultsStore store;
    final Consolidator consolidator;
    final LatestFindings findings;
    final Outbox outbox;
    final Pipeline pipeline;
    final Accounts accounts;
    final PdfConverter pdf;
    final Coordination coordination;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private App(Settings settings, Clock clock, FileChannel lockChannel, FileLock lock) {
        this.settings = settings;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.references = new ReferenceSource(settings.reference());
        Database.Choice database = settings.store(System.getenv());
        if (database.problem() != null) {
            throw new IllegalStateException(database.problem());
        }
        this.store = ResultsStore.open(database.database(), clock);
        this.coordination = Coordination.of(database.database());
        this.consolidator = new Consolidator(store);
        this.outbox = new Outbox(settings.outbox(), clock);
        Archive archive = new Archive(settings.data(), clock.getZone());
        removeLeftovers(outbox, archive, coordination.shared() ? clock.instant().minus(SHARED_LEFTOVER_AGE) : Instant.MAX);
        this.findings = new LatestFindings(store, consolidator);
        this.pdf = settings.pdf() ? PdfConverter.start(settings.soffice(), pdfHome(settings, coordination), PdfConverter.Options.defaults())
                : PdfConverter.off("отключено параметром --pdf нет");
        Outputs outputs = new Outputs(store, consolidator, findings, outbox, settings.templates(), settings.data().resolve("tmp"),
                clock, pdf, coordination);
        this.accounts = Accounts.open(database.database(), clock);
        this.pipeline = new Pipeline(references, store,
                new Inbox(settings.inbox(), clock, settings.settle(), settings.giveUp()),
                new WorkFolder(settings.inbox(), clock, coordination), archive,
                outbox, outputs, ReadLimits.defaults(), settings.readTimeout(), clock);
    }

    /**
     * With shared folders, a temporary file younger than this may be a write of another instance in progress: only
     * older ones are taken for what a crash left.
     */
    static final Duration SHARED_LEFTOVER_AGE = Duration.ofHours(1);

    /**
     * Clears what writes cut short by a crash left behind: half-written outputs under temporary names and
     * unfinished archive copies, last changed before {@code before}. Ours only, and safe because we hold the lock:
     * nobody else writes there now (with shared folders, nobody writes one file for an hour). The files they were
     * for are still in the work folder and are done again.
     */
    private static void removeLeftovers(Outbox outbox, Archive archive, Instant before) {
        int removed = outbox.removeLeftovers(before) + archive.removeLeftovers(before);
        if (removed > 0) {
            log.info("Removed {} unfinished temporary file(s) left by an interrupted run", removed);
        }
    }

    /**
     * LibreOffice's profiles and documents in conversion: the data folder's own with SQLite; with shared folders,
     * a folder of this machine and port each, since two instances' LibreOffice must not share a profile.
     */
    private static Path pdfHome(Settings settings, Coordination coordination) {
        Path pdf = settings.data().resolve("pdf");
        if (!coordination.shared()) {
            return pdf;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        String instance = (host + "-" + (settings.mode() == Settings.Mode.SERVE ? String.valueOf(settings.port()) : "process"))
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return pdf.resolve(instance);
    }

    /**
     * Opens the service's folders and database; empty when another copy already works with the same data folder
     * (SQLite only: with PostgreSQL copies share it).
     */
    public static Optional<App> open(Settings settings, Clock clock) {
        try {
            privateFolder(settings.data());
            Files.createDirectories(settings.data().resolve("tmp"));
            Files.createDirectories(settings.inbox());
            Files.createDirectories(settings.outbox());
            if (settings.store(System.getenv()).value().map(Database::isPostgres).orElse(false)) {
                return Optional.of(new App(settings, clock, null, null));
            }
            FileChannel channel = FileChannel.open(settings.data().resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new App(settings, clock, channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The data folder holds every pupil's results, the originals and the password hashes: only its owner may
     * look inside (rwx------), whatever the umask, while the outbox follows the umask to be shared. A data
     * folder an earlier version made with the umask's permissions is closed the same way.
     */
    private static void privateFolder(Path data) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: a folder inherits the permissions of the one it is in
        }
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        if (!Files.exists(data)) {
            Files.createDirectories(data, PosixFilePermissions.asFileAttribute(ownerOnly));
        }
        // createDirectories applies the umask to the attribute as well; set it outright.
        if (!Files.getPosixFilePermissions(data).equals(ownerOnly)) {
            Files.setPosixFilePermissions(data, ownerOnly);
            log.info("Data folder {} made private to its owner (rwx------)", data.toAbsolutePath());
        }
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** The web pages over this app's parts, unstarted (the service starts it; tests drive it with JavalinTest). */
    public Javalin web() {
        return WebApp.create(settings, references, store, consolidator, findings, outbox, pipeline, accounts, clock);
    }

    /** Who makes the PDF copies of the documents, or why there are none (for the pages that show documents). */
    public PdfConverter pdf() {
        return pdf;
    }

    /** Waits for the PDF copies still being made, then closes the database and releases the data folder. */
    @Override
    public void close() {
        pipeline.close();
        pdf.close();
        coordination.close();
        accounts.close();
        store.close();
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
