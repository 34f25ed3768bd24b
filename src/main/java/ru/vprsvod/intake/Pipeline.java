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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.consolidation.InboxSeen;
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
 * the verdict and write the school's receipt ({@link FileSteps}, reading ahead while recording in order, the files
 * read so far recorded as one group: group commit); then refresh the outputs whose data changed.
 *
 * <p>Exactly once: a file is taken by moving it into the work folder, where it stays until its verdict is
 * recorded (in one transaction with the others of its group, under its unique claim id) and its receipt written
 * and synced: a crash before its group is synced leaves every file of the group in the work folder. Every step after taking is
 * repeatable — the archive copy lands on the same path, a recorded claim is only finished — so a crash at any
 * moment is mended by the next pass. Each step is journalled and logged ({@link FileLife}).
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /**
     * What a pass did. {@code ran} is false when no usable reference exists, so nothing could be processed;
     * {@code waiting} are the inbox files left because they still change or look incomplete; {@code fault}, when
     * present, is why the pass stopped taking files (a folder that cannot be written: full, read-only, no rights).
     */
    public record Pass(boolean ran, List<ReceivedFile> files, List<Inbox.Waiting> waiting, Optional<Fault> fault) {
        public Pass {
            files = List.copyOf(files);
            waiting = List.copyOf(waiting);
        }

        Pass(boolean ran, List<ReceivedFile> files, List<Inbox.Waiting> waiting) {
            this(ran, files, waiting, Optional.empty());
        }
    }

    /** Thrown by {@link #upload} when a fault of the machine keeps the upload from being taken. */
    public static final class FaultException extends IllegalStateException {
        private final transient Fault fault;

        FaultException(Fault fault) {
            super(fault.sentence());
            this.fault = fault;
        }

        public Fault fault() {
            return fault;
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

    /**
     * The most files of a pass recorded as one group (one transaction, one sync of the database, receipts synced
     * together), and the longest a read file waits for its group to fill: a file alone in a pass is recorded at once,
     * and in a large batch the first receipt of a group comes at most this much later (bench/README.md).
     */
    static final int GROUP = 64;
    static final Duration GROUP_TIME = Duration.ofMillis(200);

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
    /**
     * Held while a file's (or a group's) verdict is recorded and its receipts written — a pass's groups and the
     * uploads interleave here, so a copy of content recorded meanwhile is still found to be a duplicate. The
     * pipeline itself is the lock of a pass (one at a time, taking files from the inbox and the work folder).
     */
    private final Object recordLock = new Object();
    /** Held while outputs are made: one refresh at a time, apart from the intake's lock (this pipeline). */
    private final Object outputsLock = new Object();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outputs");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean refreshAsked = new java.util.concurrent.atomic.AtomicBoolean();
    private final ExecutorService preparers = Executors.newFixedThreadPool(LOOKAHEAD, r -> {
        Thread t = new Thread(r, "file-preparer");
        t.setDaemon(true);
        return t;
    });
    private final WritableFolders folders;
    /** Shared by the files a pass reads ahead and the uploads read beside it. */
    private final ReadBudget budget = ReadBudget.halfTheHeap();
    private volatile Instant lastPass;
    private volatile boolean referenceWasUsable;
    private volatile String lastFailure;
    /** The machine fault that stopped the last pass, until a pass finds every folder writable again. */
    private volatile Fault fault;
    /**
     * Claims whose last attempt failed for a reason of ours that is not the machine's (say, a file locked by
     * another program), and when to try each again: the wait doubles with every failure, so one such file does
     * not fill the journal and the log with a retry every few seconds.
     */
    private final Map<String, Retry> retries = new java.util.concurrent.ConcurrentHashMap<>();

    private record Retry(int failures, Instant notBefore) {
    }

    static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(10);

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
        this.recognition = new Recognition(limits, readTimeout, inbox.giveUp(), store::observerVisits);
        this.clock = clock;
        this.life = new FileLife(store);
        this.steps = new FileSteps(store, workFolder, archive, outbox, recognition, life, clock);
        try {
            inbox.remember(store.inboxSeen());
        } catch (RuntimeException e) {
            log.warn("The inbox's waiting files of the last run could not be read; their wait starts again: {}", e.toString());
        }
        this.folders = new WritableFolders(List.of(new WritableFolders.Folder("data", "папка данных", archive.resolve("")),
                new WritableFolders.Folder("outbox", "папка исходящих", outbox.root()),
                new WritableFolders.Folder("workFolder", "рабочая папка входящих", workFolder.root())), workFolder.shared());
    }

    /**
     * One pass: the files under the intake lock, then the outputs under their own, so an upload waits for the
     * files ahead of it but never for the documents.
     */
    public Pass runOnce() {
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

    /**
     * Before anything is taken, every folder the pass writes must be writable: a full or read-only disk stops the
     * pass here, with nothing moved, instead of failing file after file. A fault met midway stops taking files; the
     * ones taken wait in the work folder for a pass after the fault is mended.
     */
    private Pass pass() {
        Reference reference;
        Taken taken;
        synchronized (this) {
            workFolder.create();
            Optional<Fault> before = folders.check();
            if (before.isPresent()) {
                return faulted(List.of(), before.get());
            }
            Optional<Reference> usable = reference();
            if (usable.isEmpty()) {
                return new Pass(false, List.of(), List.of());
            }
            reference = usable.get();
            taken = intake(reference);
        }
        if (taken.fault().isPresent()) {
            return faulted(taken.files(), taken.fault().get());
        }
        Optional<Fault> during = refreshOutputs(reference);
        if (during.isPresent()) {
            return faulted(taken.files(), during.get());
        }
        mended();
        return new Pass(true, taken.files(), inbox.waiting());
    }

    /**
     * Brings the outputs up to date with the data, one refresh at a time, beside the intake: files recorded
     * meanwhile change the data's mark, so the next refresh takes them in.
     */
    private Optional<Fault> refreshOutputs(Reference reference) {
        synchronized (outputsLock) {
            try {
                outputs.refresh(reference, references.fingerprint());
                return Optional.empty();
            } catch (RuntimeException e) {
                Optional<Fault> fault = folders.diagnose(e);
                if (fault.isEmpty()) {
                    throw e;
                }
                return fault;
            }
        }
    }

    /**
     * After an upload: the outputs are refreshed on their own thread, so the clerk has the receipt at once. Uploads
     * arriving while a refresh runs ask for one more, not one each.
     */
    private void refreshSoon(Reference reference) {
        if (refreshAsked.compareAndSet(false, true)) {
            refresher.execute(() -> {
                refreshAsked.set(false);
                try {
                    refreshOutputs(references.current().orElse(reference)).ifPresent(found -> fault = found);
                } catch (RuntimeException e) {
                    log.error("Refreshing the outputs after an upload failed; the next pass tries again", e);
                }
            });
        }
    }

    /** What was last kept of the inbox, so an unchanged inbox costs no write. */
    private List<InboxSeen> rememberedInbox = List.of();

    /**
     * Keeps what the scan saw of the files not taken, for the next run. Only a help for a run that comes and goes
     * (a scheduled {@code process}), so a failure to keep it (a full disk) is not a failure of the pass.
     */
    private void rememberInbox() {
        List<InboxSeen> now = inbox.memory();
        if (now.equals(rememberedInbox)) {
            return;
        }
        try {
            store.rememberInbox(now);
            rememberedInbox = now;
        } catch (RuntimeException e) {
            log.debug("Could not keep the inbox's waiting files for the next run: {}", e.toString());
        }
    }

    /** The caller tells the user (the console of {@code process}, the service's log once a minute). */
    private Pass faulted(List<ReceivedFile> files, Fault found) {
        fault = found;
        return new Pass(true, files, inbox.waiting(), Optional.of(found));
    }

    private void mended() {
        if (fault != null) {
            log.info("Every folder is writable again; files are taken as usual");
        }
        fault = null;
    }

    /** The machine fault that keeps files from being taken now, if any (for the desk and /health). */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    /**
     * The files of a pass without the outputs after them: for the ingest benchmark, which times reading, checking
     * and recording apart from the documents. Empty when no reference is usable.
     */
    public synchronized List<ReceivedFile> intakeOnly() {
        return reference().map(r -> intake(r).files()).orElse(List.of());
    }

    /** The files a pass recorded, and the machine fault that stopped it early, if one did. */
    private record Taken(List<ReceivedFile> files, Optional<Fault> fault) {
    }

    /**
     * Every pending claim and every complete inbox file, in the order taken: each claim is archived and read on a
     * preparer thread while the claims before it are recorded, one at a time and in order, on this one — so a
     * school's later file still replaces its earlier one, and the journal of each file keeps its order.
     */
    private Taken intake(Reference reference) {
        Batch batch = new Batch(reference);
        try {
            for (Claim claim : workFolder.pending()) {
                if (batch.stopped()) {
                    break;
                }
                Retry retry = retries.get(claim.id());
                if (retry == null || !clock.instant().isBefore(retry.notBefore())) {
                    batch.start(claim, () -> life.resumed(claim));
                }
            }
            if (!batch.stopped()) {
                Inbox.Scan scan = inbox.scan();
                rememberInbox();
                scan.overdue().forEach(life::waiting);
                for (InboxFile file : scan.ready()) {
                    if (batch.stopped()) {
                        break;
                    }
                    Optional<Claim> claim = workFolder.take(file);
                    if (claim.isPresent()) {
                        batch.start(claim.get(), () -> life.claimed(claim.get(), file));
                    }
                }
            }
            while (!batch.inFlight.isEmpty() && !batch.stopped()) {
                batch.conclude();
            }
            if (!batch.stopped()) {
                batch.recordReady();
            }
        } finally {
            // A pass that fails midway still lets its preparations end, so the next pass never works on a claim
            // that a preparer thread is still archiving.
            batch.inFlight.forEach(f -> waitQuietly(f.prepared()));
            // What the pass did not finish is free for the next pass, or another instance on the same inbox.
            workFolder.passEnded();
        }
        return new Taken(batch.files, Optional.ofNullable(batch.fault));
    }

    /**
     * The claims of one pass: started in order with at most {@link #LOOKAHEAD} read ahead, concluded in order, and
     * recorded in groups of those read ({@link #GROUP}, {@link #GROUP_TIME}): one transaction and one sync each.
     * A failure of the machine stops it: no claim is started or concluded after it, and those in flight or read but
     * not recorded stay in the work folder (their archive copies are made again next time, on the same path).
     */
    private final class Batch {
        final Reference reference;
        final List<ReceivedFile> files = new ArrayList<>();
        final Deque<InFlight> inFlight = new ArrayDeque<>();
        /** Read, in the order taken, waiting to be recorded as a group. */
        final List<FileSteps.Prepared> ready = new ArrayList<>();
        long readySince;
        Fault fault;

        Batch(Reference reference) {
            this.reference = reference;
        }

        boolean stopped() {
            return fault != null;
        }

        /**
         * Reads ahead while both the count and the memory allow: a large file waits until the files before it are
         * read, so files are read at the same time only as far as the heap holds them (a file alone always may).
         */
        void start(Claim claim, Runnable taken) {
            long need = ReadBudget.need(claim.file());
            boolean reserved = false;
            while (!inFlight.isEmpty()) {
                if (inFlight.size() < LOOKAHEAD && budget.tryTake(need)) {
                    reserved = true;
                    break;
                }
                conclude();
                if (stopped()) {
                    return;
                }
            }
            if (!reserved) {
                take(need); // nothing of this pass is being read: waits only for uploads being read
            }
            try {
                taken.run();
            } catch (RuntimeException e) {
                budget.giveBack(need);
                failed(claim, e);
                return;
            }
            inFlight.add(new InFlight(claim, preparers.submit(() -> {
                try {
                    return steps.prepare(claim, reference);
                } finally {
                    budget.giveBack(need);
                }
            })));
        }

        /** The oldest claim in flight, once read, joins the group to record; a full or old enough group is recorded. */
        void conclude() {
            InFlight next = inFlight.poll();
            Optional<FileSteps.Prepared> prepared = Pipeline.this.prepared(next, reference, this);
            if (prepared.isEmpty()) {
                return;
            }
            if (ready.isEmpty()) {
                readySince = System.nanoTime();
            }
            ready.add(prepared.get());
            if (ready.size() >= GROUP || System.nanoTime() - readySince >= GROUP_TIME.toNanos()) {
                recordReady();
            }
        }

        /**
         * Records the claims read so far as one group; when that fails, one at a time, as each was before group commit,
         * so one file that cannot be recorded never keeps the others of its group from being recorded.
         */
        void recordReady() {
            if (ready.isEmpty()) {
                return;
            }
            List<FileSteps.Prepared> group = List.copyOf(ready);
            ready.clear();
            if (group.size() > 1) {
                List<FileSteps.Answered> answered = null;
                try {
                    synchronized (recordLock) {
                        answered = steps.recordGroup(group, reference);
                    }
                } catch (RuntimeException e) {
                    log.info("Recording {} files together failed ({}); recording them one at a time", group.size(),
                            e.toString());
                }
                if (answered != null) {
                    for (FileSteps.Answered a : answered) {
                        try {
                            steps.release(a);
                            done(a.prepared().claim(), a.file());
                        } catch (RuntimeException e) {
                            failed(a.prepared().claim(), e);
                            if (stopped()) {
                                return;
                            }
                        }
                    }
                    return;
                }
            }
            for (FileSteps.Prepared p : group) {
                if (stopped()) {
                    return;
                }
                try {
                    ReceivedFile file;
                    synchronized (recordLock) {
                        file = steps.record(group.size() > 1 ? steps.again(p) : p, reference);
                    }
                    done(p.claim(), file);
                } catch (RuntimeException e) {
                    failed(p.claim(), e);
                }
            }
        }

        private void done(Claim claim, ReceivedFile file) {
            files.add(file);
            retries.remove(claim.id());
        }

        void failed(Claim claim, RuntimeException e) {
            fault = folders.diagnose(e).orElse(null);
            life.failed(claim, e, fault);
            if (fault == null) {
                int failures = retries.containsKey(claim.id()) ? retries.get(claim.id()).failures() + 1 : 1;
                Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 16));
                retries.put(claim.id(), new Retry(failures, clock.instant().plus(wait.compareTo(LONGEST_RETRY) > 0
                        ? LONGEST_RETRY : wait)));
            }
        }
    }

    /**
     * The per-file boundary for failures of ours (a full disk, a locked database): the claim stays in the work
     * folder for the next pass, and the other files of this pass go on. Failures while reading the sender's
     * file never get here: they are a verdict ({@link Recognition#check}).
     */
    private Optional<FileSteps.Prepared> prepared(InFlight f, Reference reference, Batch batch) {
        try {
            FileSteps.Prepared prepared = f.prepared().get();
            if (prepared.readAlone()) {
                batch.inFlight.forEach(other -> waitQuietly(other.prepared()));
                prepared = readAgainAlone(f.claim(), reference);
            }
            return Optional.of(prepared);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                batch.failed(f.claim(), failure);
                return Optional.empty();
            }
            throw new IllegalStateException("preparing " + f.claim().originalName() + " failed", e.getCause());
        } catch (RuntimeException e) {
            batch.failed(f.claim(), e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking " + f.claim().originalName(), e);
        }
    }

    /** It ran out of memory while others were read beside it: read it again with nothing else being read. */
    private FileSteps.Prepared readAgainAlone(Claim claim, Reference reference) {
        log.info("Reading «{}» again alone: it ran out of memory beside other files", claim.originalName());
        try {
            budget.takeAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to read " + claim.originalName(), e);
        }
        try {
            return steps.prepare(claim, reference, true);
        } finally {
            budget.giveBack(budget.capacity());
        }
    }

    private void take(long need) {
        try {
            budget.take(need);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to read a file", e);
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
     * Uploads are archived and read at the same time as each other and as a pass, within the read budget, and
     * recorded in turn with the pass's groups — the uploads waiting for that turn together, as one group; a clerk waits for that, never for the documents, which are
     * refreshed afterwards on their own thread. A failure of ours is thrown, but the upload stays in the work
     * folder and the next pass finishes it (its receipt then appears in the outbox).
     */
    public Optional<ReceivedFile> upload(InputStream content, String originalName, String school, String subject,
                                         Integer grade, Integer year) {
        workFolder.create();
        Optional<Fault> before = folders.check();
        if (before.isPresent()) {
            faulted(List.of(), before.get());
            throw new FaultException(before.get());
        }
        Optional<Reference> usable = reference();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        Reference reference = usable.get();
        Claim claim = workFolder.upload(content, originalName, school, subject, grade, year);
        try {
            life.received(claim, claim.file().toFile().length());
            // Archived and read beside other uploads and the pass, within the read budget; recorded in turn.
            long need = ReadBudget.need(claim.file());
            take(need);
            FileSteps.Prepared prepared;
            try {
                prepared = steps.prepare(claim, reference);
            } finally {
                budget.giveBack(need);
            }
            if (prepared.readAlone()) {
                prepared = readAgainAlone(claim, reference);
            }
            Queued queued = new Queued(prepared, reference, new java.util.concurrent.CompletableFuture<>());
            uploadsToRecord.add(queued);
            synchronized (recordLock) {
                if (!queued.outcome().isDone()) {
                    recordUploads(reference);
                }
            }
            ReceivedFile file;
            try {
                file = queued.outcome().join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
            refreshSoon(reference);
            return Optional.of(file);
        } finally {
            workFolder.uploadSettled(claim);
        }
    }

    /** An upload read and waiting for its turn to be recorded; whoever records it tells the outcome. */
    private record Queued(FileSteps.Prepared prepared, Reference reference,
                          java.util.concurrent.CompletableFuture<ReceivedFile> outcome) {
    }

    /** Uploads read and waiting to be recorded, in the order they were read. */
    private final java.util.Queue<Queued> uploadsToRecord = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * Under the recording lock: records the uploads waiting for it (this thread's among them) as one group, so
     * uploads arriving together share one commit and one sync instead of waiting for each other's; a lone upload
     * is recorded at once, as before. When the group fails, each is recorded alone and gets its own outcome.
     */
    private void recordUploads(Reference reference) {
        List<Queued> group = new ArrayList<>();
        for (java.util.Iterator<Queued> it = uploadsToRecord.iterator(); it.hasNext() && group.size() < GROUP; ) {
            Queued q = it.next();
            if (q.reference() == reference) {
                it.remove();
                group.add(q);
            }
        }
        try {
            if (group.size() > 1) {
                List<FileSteps.Answered> answered = null;
                try {
                    answered = steps.recordGroup(group.stream().map(Queued::prepared).toList(), reference);
                } catch (RuntimeException e) {
                    log.info("Recording {} uploads together failed ({}); recording them one at a time", group.size(),
                            e.toString());
                }
                if (answered != null) {
                    for (int i = 0; i < group.size(); i++) {
                        try {
                            steps.release(answered.get(i));
                            group.get(i).outcome().complete(answered.get(i).file());
                        } catch (RuntimeException e) {
                            group.get(i).outcome().completeExceptionally(e);
                        }
                    }
                    return;
                }
            }
            for (Queued q : group) {
                try {
                    q.outcome().complete(steps.record(group.size() > 1 ? steps.again(q.prepared()) : q.prepared(), reference));
                } catch (RuntimeException e) {
                    q.outcome().completeExceptionally(e);
                }
            }
        } finally {
            // Never leave an upload waiting for an outcome nobody will tell (an Error above).
            group.forEach(q -> q.outcome().completeExceptionally(new IllegalStateException("the upload was not recorded")));
        }
    }

    /**
     * Makes every output again (the coordinator's «Сформировать заново»); {@code progress} hears each output's name
     * before it is made. False when no reference is usable, so nothing could be made.
     */
    public boolean regenerate(java.util.function.Consumer<String> progress) {
        Optional<Reference> reference;
        synchronized (this) {
            reference = reference();
        }
        if (reference.isEmpty()) {
            return false;
        }
        synchronized (outputsLock) {
            outputs.regenerate(reference.get(), references.fingerprint(), progress);
        }
        return true;
    }

    /**
     * The reference to work with; when it cannot be used, its own receipt says why. Safe beside a pass: the source
     * reloads under its own lock, and the receipt is published whole.
     */
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
        Fault now = fault;
        if (now != null) {
            errors.add(now.sentence());
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
        if (now == null) {
            warnings.addAll(folders.lowSpaceWarnings());
        }
        int unwritten = store.journal().unwrittenCount();
        if (unwritten > 0) {
            warnings.add("В журнал приёма не записаны " + unwritten + " шаг(ов): они будут записаны, когда запись снова станет"
                    + " возможна.");
        }
        List<String> problems = new ArrayList<>(errors);
        problems.addAll(warnings);
        String status = !errors.isEmpty() ? Health.ERROR : !warnings.isEmpty() ? Health.WARNING : Health.OK;
        Map<String, Long> free = folders.free();
        return new Health(status, problems, database, reference, inboxReachable, inProcessing, waiting.size(), (int) overdue,
                stuck, lastPass, free.getOrDefault("data", -1L), now == null, free);
    }

    @Override
    public void close() {
        // A refresh asked for by the last uploads finishes before the store it reads is closed.
        refresher.shutdown();
        try {
            if (!refresher.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)) {
                log.warn("The outputs were still being refreshed when the program stopped; the next start makes them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        preparers.shutdownNow();
        recognition.close();
    }
}
