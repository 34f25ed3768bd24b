package ru.vprsvod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import ru.vprsvod.config.Settings;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.intake.Archive;
import ru.vprsvod.intake.Inbox;
import ru.vprsvod.intake.WorkFolder;
import ru.vprsvod.outbox.Outbox;
import ru.vprsvod.pdf.PdfConverter;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.workbook.ReadLimits;

/**
 * The service's parts, built by hand from the settings: no container, every dependency visible here. One
 * running copy per data folder, guarded by a lock file, because two writers would count files twice.
 */
public final class App implements AutoCloseable {

    /** How long a file that never looks complete waits before it is taken anyway and rejected with a receipt. */
    private static final Duration GIVE_UP_ON_INCOMPLETE = Duration.ofHours(1);

    final Settings settings;
    final Clock clock;
    final ReferenceSource references;
    final ResultsStore store;
    final Consolidator consolidator;
    final Outbox outbox;
    final Pipeline pipeline;
    final PdfConverter pdf;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private App(Settings settings, Clock clock, FileChannel lockChannel, FileLock lock) {
        this.settings = settings;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.references = new ReferenceSource(settings.reference());
        this.store = ResultsStore.open(settings.database());
        this.consolidator = new Consolidator(store);
        this.outbox = new Outbox(settings.outbox(), clock);
        this.pdf = settings.pdf() ? PdfConverter.start(settings.soffice(), settings.data().resolve("pdf"), PdfConverter.Options.defaults())
                : PdfConverter.off("отключено параметром --pdf нет");
        Outputs outputs = new Outputs(store, consolidator, outbox, settings.templates(), settings.data().resolve("tmp"), clock, pdf);
        this.pipeline = new Pipeline(references, store,
                new Inbox(settings.inbox(), clock, settings.settle(), GIVE_UP_ON_INCOMPLETE),
                new WorkFolder(settings.inbox(), clock), new Archive(settings.data(), clock.getZone()),
                outbox, outputs, ReadLimits.defaults(), clock);
    }

    /**
     * Opens the service's folders and database; empty when another copy already works with the same data folder.
     */
    public static Optional<App> open(Settings settings, Clock clock) {
        try {
            Files.createDirectories(settings.data().resolve("tmp"));
            Files.createDirectories(settings.inbox());
            Files.createDirectories(settings.outbox());
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

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Who makes the PDF copies of the documents, or why there are none (for the pages that show documents). */
    public PdfConverter pdf() {
        return pdf;
    }

    /** Waits for the PDF copies still being made, then closes the database and releases the data folder. */
    @Override
    public void close() {
        pdf.close();
        store.close();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
