package ru.vprsvod;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.consolidation.Arrival;
import ru.vprsvod.consolidation.Imports;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.consolidation.StoredSubmission;
import ru.vprsvod.intake.Archive;
import ru.vprsvod.intake.Claim;
import ru.vprsvod.intake.Inbox;
import ru.vprsvod.intake.InboxFile;
import ru.vprsvod.intake.WorkFolder;
import ru.vprsvod.outbox.Outbox;
import ru.vprsvod.recheck.RecheckProtocol;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.ReferenceSource;
import ru.vprsvod.reference.School;
import ru.vprsvod.report.ReceiptText;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.ResultsReader;
import ru.vprsvod.submission.Sender;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.ReadLimits;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

/**
 * One pass of the service, top to bottom: make sure the reference is usable; finish files a previous run took
 * but did not record; take the inbox files that are complete; for each, archive the original, check it, record
 * the verdict and write the school's receipt; then refresh the outputs whose data changed.
 */
public final class Pipeline {

    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    /** What a pass did. {@code ran} is false when no usable reference exists, so nothing could be processed. */
    public record Pass(boolean ran, List<ReceivedFile> files) {
        public Pass {
            files = List.copyOf(files);
        }
    }

    private final ReferenceSource references;
    private final ResultsStore store;
    private final Inbox inbox;
    private final WorkFolder workFolder;
    private final Archive archive;
    private final Outbox outbox;
    private final Outputs outputs;
    private final ReadLimits limits;
    private final Clock clock;

    public Pipeline(ReferenceSource references, ResultsStore store, Inbox inbox, WorkFolder workFolder, Archive archive,
                    Outbox outbox, Outputs outputs, ReadLimits limits, Clock clock) {
        this.references = references;
        this.store = store;
        this.inbox = inbox;
        this.workFolder = workFolder;
        this.archive = archive;
        this.outbox = outbox;
        this.outputs = outputs;
        this.limits = limits;
        this.clock = clock;
    }

    public synchronized Pass runOnce() {
        Optional<Reference> reference = reference();
        if (reference.isEmpty()) {
            return new Pass(false, List.of());
        }
        List<ReceivedFile> files = new ArrayList<>();
        for (Claim claim : workFolder.pending()) {
            files.add(process(claim, reference.get()));
        }
        for (InboxFile file : inbox.ready()) {
            workFolder.take(file).ifPresent(claim -> files.add(process(claim, reference.get())));
        }
        outputs.refresh(reference.get(), references.fingerprint());
        return new Pass(true, files);
    }

    /** Takes a file uploaded through the web form and processes it at once; empty when no reference is usable. */
    public synchronized Optional<ReceivedFile> upload(InputStream content, String originalName, String school,
                                                      String subject, Integer grade, Integer year) {
        Optional<Reference> reference = reference();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = workFolder.upload(content, originalName, school, subject, grade, year);
        ReceivedFile file = process(claim, reference.get());
        outputs.refresh(reference.get(), references.fingerprint());
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
            String name = "Справочник — протокол проверки.txt";
            outbox.publish(name, out -> out.write(Receipts.bytes(Receipts.referenceText(references, clock))));
        }
        if (references.current().isEmpty()) {
            log.warn("No usable reference ({}); inbox files stay where they are", references.file());
        }
        return references.current();
    }

    private ReceivedFile process(Claim claim, Reference reference) {
        Optional<ReceivedFile> done = store.byClaim(claim.id());
        if (done.isPresent()) {
            // Recorded before a crash but not yet released: the receipt may be missing, the data is not.
            writeReceipt(done.get(), reference);
            workFolder.release(claim);
            return done.get();
        }
        Archive.Archived archived = archive.store(claim);
        // Content accepted before is a duplicate only for the same sender: a school sending another school's
        // accepted file is checked like any file (and refused), never told about, or credited with, the other's.
        Optional<ReceivedFile> original = store.acceptedWithHash(archived.sha256())
                .filter(o -> !claim.schoolIsAuthoritative() || claim.school() == null
                        || o.school().equals(reference.school(claim.school()).map(School::login).orElse(claim.school())));
        Received received = original.isPresent()
                ? new Received(new FormCheck(claim.originalName(), original.get().school(), Status.DUPLICATE, List.of(), 0,
                        List.of()))
                : check(archived, claim, reference);
        FormCheck check = received.check();
        Arrival arrival = new Arrival(claim.id(), archived.sha256(), claim.originalName(), claim.source(), claim.school(),
                claim.receivedAt(), archived.size(), archived.relativePath());
        ResultsStore.Recorded recorded = store.record(arrival, check, original.map(ReceivedFile::id).orElse(null),
                id -> received.forDepartment() ? Receipts.departmentPath(claim, id) : Receipts.path(check.school(), claim, id),
                received.imports());
        writeReceipt(recorded.file(), reference);
        workFolder.release(claim);
        log.info("File {} «{}» from {}: {}, {} errors, {} warnings{}", recorded.file().id(), claim.originalName(),
                check.school().isEmpty() ? "unknown school" : check.school(), check.status(), check.errorCount(),
                check.warningCount(), recorded.replaced().isEmpty() ? "" : ", replaces " + recorded.replaced().size());
        return recorded.file();
    }

    /**
     * A checked file and what it brings besides results.
     *
     * @param forDepartment a file of the department (a federal list, a re-check protocol), not of a school: its
     *                      receipt goes to the department's folder of the outbox
     */
    private record Received(FormCheck check, Imports imports, boolean forDepartment) {
        Received(FormCheck check) {
            this(check, Imports.NONE, false);
        }
    }

    /**
     * Reads the archived copy and recognises what it is — a federal list of schools with signs of non-objectivity,
     * a re-check protocol of the municipal commission, or a school's results form — then checks it. The one place
     * where a failure of ours is turned into a verdict.
     */
    private Received check(Archive.Archived archived, Claim claim, Reference reference) {
        Sender sender = new Sender(claim.originalName(), claim.school(), claim.schoolIsAuthoritative(),
                claim.formSubject(), claim.formGrade(), claim.formYear());
        ResultsReader results = new ResultsReader(reference, limits);
        try {
            WorkbookReading reading = Workbooks.read(archived.path(), limits);
            if (!(reading instanceof WorkbookReading.Opened opened)) {
                return new Received(results.read(archived.path(), sender));
            }
            Optional<FederalList.Imported> list = FederalList.find(claim.originalName(), opened.workbook(), reference);
            if (list.isPresent()) {
                return federalList(claim.originalName(), list.get());
            }
            Optional<RecheckProtocol.Reading> protocol = RecheckProtocol.find(claim.originalName(), opened.workbook(), reference);
            if (protocol.isPresent()) {
                return recheckProtocol(claim.originalName(), protocol.get());
            }
            return new Received(results.check(opened.workbook(), sender));
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Unexpected failure while checking «{}» (archived as {})", claim.originalName(), archived.path(), e);
            return new Received(new FormCheck(claim.originalName(), "", Status.REJECTED, List.of(Problem.ofFile(claim.originalName(),
                    "внутренняя ошибка программы при проверке файла; файл сохранён в архиве, сообщите муниципальному"
                            + " координатору (номер в архиве: " + archived.relativePath() + ")")), 0, List.of()));
        }
    }

    private static Received recheckProtocol(String fileName, RecheckProtocol.Reading reading) {
        return departmentFile(fileName, reading.problems(), new Imports(FederalList.empty(), reading.works()));
    }

    private static Received federalList(String fileName, FederalList.Imported imported) {
        return departmentFile(fileName, imported.problems(), new Imports(imported.list(), List.of()));
    }

    /** A department's file is taken whole or not at all, like a school's: any error rejects it and imports nothing. */
    private static Received departmentFile(String fileName, List<Problem> problems, Imports imports) {
        boolean errors = problems.stream().anyMatch(Problem::isError);
        Status status = errors ? Status.REJECTED : problems.isEmpty() ? Status.ACCEPTED : Status.ACCEPTED_WITH_WARNINGS;
        return new Received(new FormCheck(fileName, "", status, problems, 0, List.of()), errors ? Imports.NONE : imports, true);
    }

    private void writeReceipt(ReceivedFile file, Reference reference) {
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
        Optional<ReceivedFile> original = Optional.ofNullable(file.duplicateOf()).flatMap(store::file);
        String text = ReceiptText.of(file, brought, replaced, original, store.federalListOfFile(file.id()), reference,
                clock.getZone());
        outbox.publish(file.receiptPath(), out -> out.write(Receipts.bytes(text)));
    }
}
