package ru.vprsvod.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.publishing.Outputs;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.publishing.Receipts;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.workbook.ReadLimits;

/**
 * One pass of the service, top to bottom: make sure the reference is usable; finish files a previous run took
 * but did not record; take the inbox files that are complete; for each, archive the original, check it, record
 * the verdict and write the school's receipt ({@link FileSteps}, reading ahead while recording in order); then
 * refresh the outputs whose data changed.
 *
 * <p>Exactly once: a file is taken by moving it into the work folder, where it stays until its verdict is
 * recorded (in one transaction, under its unique claim id) and its receipt written. Every step after taking is
 * repeatable — the archive copy lands on the same path, a recorded claim is only finished — so a crash at any
 * moment is mended by the next pass. Each step is journalled and logged ({@link FileLife}).
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /**
     * What a pass did. {@code ran} is false when no usable reference exists, so nothing could be processed;
     * {@code waiting} are the inbox files left because they still change or look incomplete.
     */
    public record Pass(boolean ran, List<ReceivedFile> files, List<Inbox.Waiting> waiting) {
        public Pass {
            files = List.copyOf(files);
            waiting = List.copyOf(waiting);
        }
    }

    /** A claim whose preparation runs on a preparer thread. */
    private record InFlight(Claim claim, Future<FileSteps.Prepared> prepared) {
    }

    /**
     * How many claims are archived and read ahead of the one being recorded. Reading is most of a file's CPU time
     * and recording waits on the disk, so overlapping them uses the cores (bench/README.md); a few at most, since
     * each holds a read workbook in memory.
     */
    private static final int LOOKAHEAD = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Inbox inbox;
    private final WorkFolder workFolder;
    private final Archive archive;
    private final Outbox outbox;
    private final Outputs outputs;
    private final Recognition recognition;
    private final Clock clock;
    private final FileLife life;
    private final FileSteps steps;
    private final AtomicInteger uploadsInFlight = new AtomicInteger();
    private final ExecutorService preparers = Executors.newFixedThreadPool(LOOKAHEAD, r -> {
        Thread t = new Thread(r, "file-preparer");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant lastPass;
    private volatile boolean referenceWasUsable;
    private volatile String lastFailure;

    /** @param readTimeout how long reading and checking one file may take before it is rejected as too complex */
    public Pipeline(ReferenceSource references, ResultsStore store, Inbox inbox, WorkFolder workFolder, Archive archive,
                    Outbox outbox, Outputs outputs, ReadLimits limits, Duration readTimeout, Clock clock) {
        this.references = references;
        this.store = store;
        this.inbox = inbox;
        this.workFolder = workFolder;
        this.archive = archive;
        this.outbox = outbox;
        this.outputs = outputs;
        this.recognition = new Recognition(limits, readTimeout, inbox.giveUp());
        this.clock = clock;
        this.life = new FileLife(store);
        this.steps = new FileSteps(store, workFolder, archive, outbox, recognition, life, clock);
    }

    public synchronized Pass runOnce() {
        try {
            Pass pass = pass();
            lastFailure = null;
            lastPass = clock.instant();
            return pass;
        } catch (RuntimeException e) {
            lastFailure = e.toString();
            throw e;
        }
    }

    private Pass pass() {
        Optional<Reference> reference = reference();
        if (reference.isEmpty()) {
            return new Pass(false, List.of(), List.of());
        }
        List<ReceivedFile> files = intake(reference.get());
        outputs.refresh(reference.get(), references.fingerprint());
        return new Pass(true, files, inbox.waiting());
    }

    /**
     * The files of a pass without the outputs after them: for the ingest benchmark, which times reading, checking
     * and recording apart from the documents. Empty when no reference is usable.
     */
    public synchronized List<ReceivedFile> intakeOnly() {
        return reference().map(this::intake).orElse(List.of());
    }

    /**
     * Every pending claim and every complete inbox file, in the order taken: each claim is archived and read on a
     * preparer thread while the claims before it are recorded, one at a time and in order, on this one — so a
     * school's later file still replaces its earlier one, and the journal of each file keeps its order.
     */
    private List<ReceivedFile> intake(Reference reference) {
        List<ReceivedFile> files = new ArrayList<>();
        Deque<InFlight> inFlight = new ArrayDeque<>();
        try {
            for (Claim claim : workFolder.pending()) {
                start(claim, reference, () -> life.resumed(claim), inFlight, files);
            }
            Inbox.Scan scan = inbox.scan();
            scan.overdue().forEach(life::waiting);
            for (InboxFile file : scan.ready()) {
                Optional<Claim> claim = workFolder.take(file);
                if (claim.isPresent()) {
                    start(claim.get(), reference, () -> life.claimed(claim.get(), file), inFlight, files);
                }
            }
            while (!inFlight.isEmpty()) {
                conclude(inFlight.poll(), reference).ifPresent(files::add);
            }
        } finally {
            // A pass that fails midway still lets its preparations end, so the next pass never works on a claim
            // that a preparer thread is still archiving.
            inFlight.forEach(f -> waitQuietly(f.prepared()));
        }
        return files;
    }

    private void start(Claim claim, Reference reference, Runnable taken, Deque<InFlight> inFlight, List<ReceivedFile> files) {
        if (inFlight.size() >= LOOKAHEAD) {
            conclude(inFlight.poll(), reference).ifPresent(files::add);
        }
        try {
            taken.run();
        } catch (RuntimeException e) {
            life.failed(claim, e);
            return;
        }
        inFlight.add(new InFlight(claim, preparers.submit(() -> steps.prepare(claim, reference))));
    }

    /**
     * The per-file boundary for failures of ours (a full disk, a locked database): the claim stays in the work
     * folder for the next pass, and the other files of this pass go on. Failures while reading the sender's
     * file never get here: they are a verdict ({@link Recognition#check}).
     */
    private Optional<ReceivedFile> conclude(InFlight f, Reference reference) {
        try {
            return Optional.of(steps.record(f.prepared().get(), reference));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                life.failed(f.claim(), failure);
                return Optional.empty();
            }
            throw new IllegalStateException("preparing " + f.claim().originalName() + " failed", e.getCause());
        } catch (RuntimeException e) {
            life.failed(f.claim(), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking " + f.claim().originalName(), e);
        }
    }

    private static void waitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            // Already told (or to be told) by conclude; the claim stays in the work folder.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes a file uploaded through the web form and processes it at once; empty when no reference is usable.
     * Uploads are processed one at a time (so are passes), which keeps the journal simple and memory bounded;
     * a clerk's wait is the processing of the uploads ahead of theirs. When several are queued, only the last
     * refreshes the documents. A failure of ours is thrown, but the upload stays in the work folder and the
     * next pass finishes it (its receipt then appears in the outbox).
     */
    public Optional<ReceivedFile> upload(InputStream content, String originalName, String school, String subject,
                                         Integer grade, Integer year) {
        uploadsInFlight.incrementAndGet();
        try {
            return uploadInTurn(content, originalName, school, subject, grade, year);
        } finally {
            uploadsInFlight.decrementAndGet();
        }
    }

    private synchronized Optional<ReceivedFile> uploadInTurn(InputStream content, String originalName, String school,
                                                             String subject, Integer grade, Integer year) {
        Optional<Reference> reference = reference();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = workFolder.upload(content, originalName, school, subject, grade, year);
        life.received(claim, claim.file().toFile().length());
        ReceivedFile file = steps.process(claim, reference.get());
        if (uploadsInFlight.get() == 1) {
            outputs.refresh(reference.get(), references.fingerprint());
        }
        return Optional.of(file);
    }

    /**
     * Makes every output again (the coordinator's «Сформировать заново»); {@code progress} hears each output's name
     * before it is made. False when no reference is usable, so nothing could be made.
     */
    public synchronized boolean regenerate(java.util.function.Consumer<String> progress) {
        Optional<Reference> reference = reference();
        if (reference.isEmpty()) {
            return false;
        }
        outputs.regenerate(reference.get(), references.fingerprint(), progress);
        return true;
    }

    /** The reference to work with; when it cannot be used, its own receipt says why. */
    private Optional<Reference> reference() {
        if (references.refresh() && !references.problems().isEmpty()) {
            String name = OutboxNames.REFERENCE_RECEIPT;
            outbox.publish(name, out -> out.write(Receipts.bytes(Receipts.referenceText(references, clock))));
        }
        boolean usable = references.current().isPresent();
        if (!usable && referenceWasUsable) {
            // Once, when a reference in use stops being usable; not every few seconds. A start without one is said in
            // Russian on the console and on the coordinator's pages.
            log.warn("No usable reference ({}); inbox files stay where they are", references.file());
        }
        referenceWasUsable = usable;
        return references.current();
    }

    /**
     * When the next inbox file now waiting only for its settle time may be taken, so a pass can be made then
     * rather than at the next poll; empty when none is.
     */
    public Optional<Instant> nextLook() {
        return inbox.nextLook();
    }

    /** How the intake is doing; answers at once, also while a pass is running. */
    public Health health() {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean database = true;
        try {
            store.ping();
        } catch (RuntimeException e) {
            database = false;
            errors.add("База данных недоступна: " + e.getMessage());
        }
        boolean reference = references.current().isPresent();
        if (!reference) {
            errors.add("Справочник не загружен или содержит ошибки: файлы школ не обрабатываются.");
        }
        boolean inboxReachable = Files.isDirectory(inbox.root()) && Files.isWritable(inbox.root());
        if (!inboxReachable) {
            errors.add("Папка входящих недоступна: " + inbox.root());
        }
        String failure = lastFailure;
        if (failure != null) {
            errors.add("Последний проход по входящим завершился сбоем: " + failure);
        }
        List<Inbox.Waiting> waiting = inbox.waiting();
        long overdue = waiting.stream().filter(w -> w.since().compareTo(inbox.giveUp()) >= 0).count();
        if (overdue > 0) {
            warnings.add("Во входящих " + overdue + " файл(ов) дольше " + inbox.giveUp().toMinutes()
                    + " мин не докопированы до конца.");
        }
        int stuck = recognition.stuckReaders();
        if (stuck > 0) {
            warnings.add("Чтение " + stuck + " файл(ов) не уложилось в отведённое время и ещё не закончилось.");
        }
        int inProcessing = workFolder.count();
        long free = freeSpace();
        if (free >= 0 && free < 1L << 30) {
            warnings.add("На диске с данными осталось меньше 1 ГБ.");
        }
        List<String> problems = new ArrayList<>(errors);
        problems.addAll(warnings);
        String status = !errors.isEmpty() ? Health.ERROR : !warnings.isEmpty() ? Health.WARNING : Health.OK;
        return new Health(status, problems, database, reference, inboxReachable, inProcessing, waiting.size(), (int) overdue,
                stuck, lastPass, free);
    }

    private long freeSpace() {
        try {
            return Files.getFileStore(archive.resolve("")).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        preparers.shutdownNow();
        recognition.close();
    }
}
