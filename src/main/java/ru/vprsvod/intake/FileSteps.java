package ru.vprsvod.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.vprsvod.consolidation.Arrival;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.ScheduleVersions;
import ru.vprsvod.consolidation.StoredObserverReport;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.publishing.OutboxNames;
import ru.vprsvod.publishing.Receipts;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.report.ReceiptText;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.Status;

/**
 * The steps of one claimed file, in two halves: {@link #prepare} archives the original and reads it (it may run
 * beside another file's preparation), {@link #record} records the verdict, writes the receipt and releases the
 * claim (one file at a time, in the order taken), {@link #recordGroup} and {@link #release} do the same for several
 * claims with one commit and one sync. Every step is repeatable and keyed by the claim, so a crash at
 * any moment is mended by doing them again ({@link Pipeline}); each is journalled and logged ({@link FileLife}).
 */
final class FileSteps {

    /**
     * A claim archived and read, its verdict not yet recorded; or, after a crash, a claim whose verdict was recorded
     * already ({@code recorded} not null) and only needs finishing.
     *
     * @param original   the accepted file with the same content from the same sender, when this is a duplicate
     * @param readAlone   reading ran out of memory beside other files' readings: to be read again, alone, before
     *                    it is recorded (nothing of the reading is journalled or quarantined yet)
     */
    record Prepared(Claim claim, long start, ReceivedFile recorded, Archive.Archived archived,
                    Recognition.Received received, Optional<ReceivedFile> original, boolean readAlone) {
    }

    private final ResultsStore store;
    private final WorkFolder workFolder;
    private final Archive archive;
    private final Outbox outbox;
    private final Recognition recognition;
    private final FileLife life;
    private final Clock clock;

    FileSteps(ResultsStore store, WorkFolder workFolder, Archive archive, Outbox outbox, Recognition recognition,
              FileLife life, Clock clock) {
        this.store = store;
        this.workFolder = workFolder;
        this.archive = archive;
        this.outbox = outbox;
        this.recognition = recognition;
        this.life = life;
        this.clock = clock;
    }

    /** Archives the claim and reads it: the part of a file's processing that may run beside another file's. */
    Prepared prepare(Claim claim, Reference reference) {
        return prepare(claim, reference, false);
    }

    /**
     * As {@link #prepare(Claim, Reference)}; {@code alone} says no other file is being read now, so running out of
     * memory is this file's own verdict rather than the company it was read in.
     */
    Prepared prepare(Claim claim, Reference reference, boolean alone) {
        long start = System.nanoTime();
        Optional<ReceivedFile> done = store.byClaim(claim.id());
        if (done.isPresent()) {
            // Recorded before a crash but not yet released: the receipt may be missing, the data is not.
            return new Prepared(claim, start, done.get(), null, null, Optional.empty(), false);
        }
        Archive.Archived archived = archive.store(claim);
        life.archived(claim, archived);
        Optional<ReceivedFile> original = acceptedBefore(claim, archived, reference);
        long checking = System.nanoTime();
        Recognition.Received received = original.isPresent()
                ? duplicate(claim, original.get())
                : recognition.check(archived, claim, reference);
        if (received.outOfMemory() && !alone) {
            return new Prepared(claim, start, null, archived, received, original, true);
        }
        life.checked(claim, archived, received.check(), millisSince(checking));
        if (received.unreadable() != null) {
            // Before recording, so the journal never points at a file that is not where it says.
            archived = archive.quarantine(archived, Reasons.quarantineNote(claim, archived.sha256(), received.unreadable(),
                    clock.getZone()));
            life.quarantined(claim, archived, received.unreadable());
        }
        return new Prepared(claim, start, null, archived, received, original, false);
    }

    /** Records the verdict and finishes: one claim at a time, in the order taken. */
    ReceivedFile record(Prepared p, Reference reference) {
        Claim claim = p.claim();
        if (p.recorded() != null) {
            finish(claim, p.recorded(), reference, p.start());
            return p.recorded();
        }
        archive.syncFolders(List.of(p.archived()));
        ResultsStore.Recorded recorded = rows(p, reference);
        life.recorded(claim, recorded);
        finish(claim, recorded.file(), reference, p.start());
        return recorded.file();
    }

    /** A claim of a group whose verdict is recorded and whose receipt is on disk: only to be let go of. */
    record Answered(Prepared prepared, ReceivedFile file) {
    }

    /**
     * Records the verdicts of several claims, in order, in one transaction, then writes their receipts together
     * (group commit: one sync of the database and one of each folder for the group, instead of one a file). Either
     * every claim of the group is recorded or none is; a failure is thrown, and the caller records them one at a time
     * ({@link #again}). The claims stay in the work folder until {@link #release}d, after their receipts are on disk.
     */
    List<Answered> recordGroup(List<Prepared> group, Reference reference) {
        archive.syncFolders(group.stream().filter(p -> p.recorded() == null).map(Prepared::archived).toList());
        List<ResultsStore.Recorded> rows = store.inOneTransaction(() -> {
            List<ResultsStore.Recorded> recorded = new ArrayList<>();
            for (Prepared p : group) {
                recorded.add(p.recorded() != null ? null : rows(p, reference));
            }
            return recorded;
        });
        List<Answered> answered = new ArrayList<>();
        List<Outbox.Entry> receipts = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Prepared p = group.get(i);
            ReceivedFile file = p.recorded();
            if (file == null) {
                life.recorded(p.claim(), rows.get(i));
                file = rows.get(i).file();
            }
            answered.add(new Answered(p, file));
            receipts.add(receipt(file, reference));
        }
        outbox.publishAll(receipts);
        return answered;
    }

    /** The last steps of a claim of a group: its receipt is on disk, so it leaves the work folder. */
    void release(Answered a) {
        Claim claim = a.prepared().claim();
        life.receipt(claim, a.file());
        workFolder.release(claim);
        life.done(claim, a.file(), millisSince(a.prepared().start()));
    }

    /**
     * A claim of a group that failed, to be recorded alone: the group may have been recorded before its receipts
     * failed, and then only the finishing is left.
     */
    Prepared again(Prepared p) {
        if (p.recorded() != null) {
            return p;
        }
        return store.byClaim(p.claim().id())
                .map(done -> new Prepared(p.claim(), p.start(), done, null, null, Optional.empty(), false))
                .orElse(p);
    }

    /** The verdict's rows, inside the caller's transaction or as one of its own. */
    private ResultsStore.Recorded rows(Prepared p, Reference reference) {
        Claim claim = p.claim();
        Recognition.Received received = p.received();
        Optional<ReceivedFile> original = p.original();
        if (original.isPresent() && !original.equals(acceptedBefore(claim, p.archived(), reference))) {
            // Another file of the school was recorded after this one was prepared and replaced the data it repeats:
            // no longer a repeat of the file in force, so it is read and counts as the latest file sent.
            original = Optional.empty();
            received = recognition.check(p.archived(), claim, reference);
        }
        if (original.isEmpty() && received.unreadable() == null) {
            // The same bytes may have been recorded while this copy was being read (two copies in one pass).
            original = acceptedBefore(claim, p.archived(), reference);
            if (original.isPresent()) {
                received = duplicate(claim, original.get());
            }
        }
        Archive.Archived archived = p.archived();
        Arrival arrival = new Arrival(claim.id(), archived.sha256(), claim.originalName(), claim.source(), claim.school(),
                claim.receivedAt(), archived.size(), archived.relativePath());
        FormCheck check = received.check();
        boolean forDepartment = received.forDepartment();
        return store.record(arrival, check, original.map(ReceivedFile::id).orElse(null),
                id -> forDepartment ? OutboxNames.departmentReceipt(claim.originalName(), id) : OutboxNames.receipt(check.school(), claim.school(), claim.originalName(), id),
                received.imports());
    }

    /**
     * The accepted file in force with the same content, when this one is its duplicate. Content accepted before is a
     * duplicate only for the same sender: a school sending another school's accepted file is checked like any
     * file (and refused), never told about, or credited with, the other's.
     */
    private Optional<ReceivedFile> acceptedBefore(Claim claim, Archive.Archived archived, Reference reference) {
        return store.inForceWithHash(archived.sha256())
                .filter(o -> !claim.schoolIsAuthoritative() || claim.school() == null
                        || o.school().equals(reference.school(claim.school()).map(School::login).orElse(claim.school())));
    }

    private static Recognition.Received duplicate(Claim claim, ReceivedFile original) {
        return new Recognition.Received(new FormCheck(claim.originalName(), original.school(), Status.DUPLICATE, List.of(), 0,
                List.of()));
    }

    /** The steps after recording; repeated as a whole when a crash interrupted them. */
    private void finish(Claim claim, ReceivedFile file, Reference reference, long start) {
        outbox.publishAll(List.of(receipt(file, reference)));
        life.receipt(claim, file);
        workFolder.release(claim);
        life.done(claim, file, millisSince(start));
    }

    private Outbox.Entry receipt(ReceivedFile file, Reference reference) {
        Optional<ScheduleVersions> schedule = store.scheduleVersions(file.id());
        if (schedule.isPresent()) {
            ScheduleVersions v = schedule.get();
            String text = ReceiptText.schedule(file, v.schedule(), v.superseded().flatMap(h -> store.file(h.fileId())),
                    v.stays().flatMap(h -> store.file(h.fileId())), reference, clock.getZone());
            return new Outbox.Entry(file.receiptPath(), Receipts.bytes(text));
        }
        Optional<StoredObserverReport> report = store.observerReportOfFile(file.id());
        if (report.isPresent()) {
            String text = ReceiptText.observerReport(file, report.get(), earlierReport(report.get()).flatMap(r -> store.file(r.fileId())),
                    reference, clock.getZone());
            return new Outbox.Entry(file.receiptPath(), Receipts.bytes(text));
        }
        List<StoredSubmission> brought = store.submissionsOfFile(file.id());
        List<ReceiptText.Replacement> replaced = new ArrayList<>();
        for (StoredSubmission s : brought) {
            List<StoredSubmission> history = store.history(s.school(), s.work());
            int at = history.indexOf(s);
            if (at > 0) {
                StoredSubmission earlier = history.get(at - 1);
                store.file(earlier.fileId()).ifPresent(f -> replaced.add(new ReceiptText.Replacement(earlier, f)));
            }
        }
        // A rejected re-send changes nothing: the school's data accepted earlier for the same work stays in force.
        List<ReceiptText.Replacement> inForce = new ArrayList<>();
        if (file.status() == Status.REJECTED && !file.school().isEmpty()) {
            for (ru.vprsvod.reference.Work work : store.worksOfFile(file.id())) {
                store.history(file.school(), work).stream().filter(StoredSubmission::current).findFirst()
                        .ifPresent(s -> store.file(s.fileId()).ifPresent(f -> inForce.add(new ReceiptText.Replacement(s, f))));
            }
        }
        Optional<ReceivedFile> original = Optional.ofNullable(file.duplicateOf()).flatMap(store::file);
        String text = ReceiptText.of(file, brought, replaced, inForce, original, store.federalListOfFile(file.id()), reference,
                clock.getZone());
        return new Outbox.Entry(file.receiptPath(), Receipts.bytes(text));
    }

    /**
     * For an accepted report, the accepted report of the same school and day received before it (the one it
     * supersedes); for a rejected one, the accepted report that still counts.
     */
    private Optional<StoredObserverReport> earlierReport(StoredObserverReport report) {
        if (report.date() == null || report.school().isEmpty()) {
            return Optional.empty();
        }
        return store.observerReports(report.year()).stream()
                .filter(r -> r.accepted() && r.fileId() < report.fileId() && r.school().equals(report.school())
                        && report.date().equals(r.date()))
                .reduce((a, b) -> b);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
