package ru.vprsvod.intake;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.consolidation.Imports;
import ru.vprsvod.consolidation.ObserverReportImport;
import ru.vprsvod.consolidation.ScheduleImport;
import ru.vprsvod.observers.ObserverReportReader;
import ru.vprsvod.observers.Visit;
import ru.vprsvod.recheck.RecheckProtocol;
import ru.vprsvod.reference.FederalList;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.schedule.ScheduleReader;
import ru.vprsvod.submission.FormCheck;
import ru.vprsvod.submission.ResultsReader;
import ru.vprsvod.submission.Sender;
import ru.vprsvod.submission.Status;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.ReadLimits;
import ru.vprsvod.workbook.WorkbookReading;
import ru.vprsvod.workbook.Workbooks;

/**
 * What a received file is, and its verdict: read once on a reader thread within the time bound, then recognised as
 * a federal list, a re-check protocol, a school's «График проведения ВПР», a public observer's report or a school's
 * results form, and checked as such.
 */
final class Recognition implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Recognition.class);

    private final ReadLimits limits;
    private final Duration readTimeout;
    private final Duration giveUp;
    /** Readers run here so a file that takes too long can be left behind; daemon threads, created on demand. */
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "file-reader");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger stuckReaders = new AtomicInteger();
    private final IntFunction<List<Visit>> observersOrder;

    /**
     * @param readTimeout    how long reading and checking one file may take before it is rejected as too complex
     * @param giveUp         how long the inbox waits for a file that never looks whole (named in the receipt)
     * @param observersOrder the visits of a year's observers' order as issued, which an observer's report is
     *                       matched against (asked only when a file is one)
     */
    Recognition(ReadLimits limits, Duration readTimeout, Duration giveUp, IntFunction<List<Visit>> observersOrder) {
        this.limits = limits;
        this.readTimeout = readTimeout;
        this.giveUp = giveUp;
        this.observersOrder = observersOrder;
    }

    /**
     * A checked file and what it brings besides results.
     *
     * @param forDepartment a file of the department (a federal list, a re-check protocol), not of a school: its
     *                      receipt goes to the department's folder of the outbox
     * @param unreadable    why the file could not be read at all (then it is quarantined), or null
     * @param outOfMemory   reading it ran out of memory (then it is read again alone before it is rejected)
     */
    record Received(FormCheck check, Imports imports, boolean forDepartment, String unreadable, boolean outOfMemory) {
        Received(FormCheck check) {
            this(check, Imports.NONE, false, null, false);
        }

        Received(FormCheck check, Imports imports, boolean forDepartment, String unreadable) {
            this(check, imports, forDepartment, unreadable, false);
        }

        static Received unreadable(FormCheck check, String reason) {
            return new Received(check, Imports.NONE, false, reason, false);
        }
    }

    /**
     * Reads the archived copy within the time bound and recognises what it is — a federal list of schools with
     * signs of non-objectivity, a re-check protocol of the municipal commission, or a school's results form — then
     * checks it. The one place where anything going wrong with the sender's file (unreadable, too slow, or a
     * failure of our own code on it) becomes a verdict.
     */
    Received check(Archive.Archived archived, Claim claim, Reference reference) {
        Sender sender = new Sender(claim.originalName(), claim.school(), claim.schoolIsAuthoritative(),
                claim.formSubject(), claim.formGrade(), claim.formYear());
        ResultsReader results = new ResultsReader(reference, limits);
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<Received> reading = readers.submit(() -> {
            try {
                return recognise(archived, claim, reference, sender, results);
            } finally {
                if (abandoned.get()) {
                    stuckReaders.decrementAndGet();
                }
            }
        });
        Received received;
        try {
            received = reading.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Parsers do not answer interruption; the thread is left to finish on its own and counted meanwhile.
            if (abandoned.compareAndSet(false, true) && !reading.isDone()) {
                stuckReaders.incrementAndGet();
            }
            reading.cancel(true);
            log.warn("Reading «{}» (claim {}) took longer than {} ms; rejected", claim.originalName(), claim.id(),
                    readTimeout.toMillis());
            String reason = Reasons.timedOut(readTimeout);
            received = Received.unreadable(results.unreadable(sender, reason), reason);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                // Checking, not parsing, ran out (a huge sheet): the same verdict as a parser that did.
                log.warn("Out of memory while checking «{}» (claim {})", claim.originalName(), claim.id());
                String reason = Workbooks.OUT_OF_MEMORY;
                return new Received(results.unreadable(sender, reason), Imports.NONE, false, reason, true);
            }
            log.error("Unexpected failure while checking «{}» (claim {}, archived as {})", claim.originalName(), claim.id(),
                    archived.relativePath(), e.getCause());
            String reason = Reasons.internalError(claim.id());
            received = Received.unreadable(results.unreadable(sender, reason), reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reading.cancel(true);
            throw new IllegalStateException("interrupted while checking " + claim.originalName(), e);
        }
        if (claim.incomplete() && received.unreadable() != null) {
            // It never looked whole in the inbox, and it does not read: say what most likely happened.
            String reason = Reasons.incomplete(giveUp);
            return Received.unreadable(results.unreadable(sender, reason), reason);
        }
        return received;
    }

    /** On the reader thread: opens the file once and decides what it is. */
    private Received recognise(Archive.Archived archived, Claim claim, Reference reference, Sender sender,
                                      ResultsReader results) {
        WorkbookReading reading = Workbooks.read(archived.path(), limits);
        if (reading instanceof WorkbookReading.Unreadable unreadable) {
            return new Received(results.unreadable(sender, unreadable.reason()), Imports.NONE, false, unreadable.reason(),
                    unreadable.outOfMemory());
        }
        WorkbookReading.Opened opened = (WorkbookReading.Opened) reading;
        Optional<FederalList.Imported> list = FederalList.find(claim.originalName(), opened.workbook(), reference);
        if (list.isPresent()) {
            return federalList(claim.originalName(), list.get());
        }
        Optional<RecheckProtocol.Reading> protocol = RecheckProtocol.find(claim.originalName(), opened.workbook(), reference);
        if (protocol.isPresent()) {
            return recheckProtocol(claim.originalName(), protocol.get());
        }
        Optional<ScheduleReader.Reading> schedule = ScheduleReader.find(claim.originalName(), opened.workbook(), reference,
                claim.schoolIsAuthoritative() ? claim.school() : null);
        if (schedule.isPresent()) {
            return schedule(claim.originalName(), schedule.get(), reference.campaignYear());
        }
        if (ObserverReportReader.recognises(opened.workbook())) {
            // The order is asked for only here: a results form costs no query.
            String school = claim.schoolIsAuthoritative() ? claim.school() : null;
            ObserverReportReader.Reading report = ObserverReportReader.find(claim.originalName(), opened.workbook(),
                    reference, observersOrder.apply(reference.campaignYear()), school).orElseThrow();
            return observerReport(claim.originalName(), report, reference.campaignYear(), school == null);
        }
        return new Received(results.check(opened.workbook(), sender));
    }

    /**
     * A public observer's report: taken whole or not at all, recorded rejected too (its receipt names the report
     * that counts). Its receipt goes back to whoever sent it: a school's clerk, or the department's folder for a file
     * the observer (or the coordinator) put in the inbox.
     */
    private static Received observerReport(String fileName, ObserverReportReader.Reading reading, int year,
                                           boolean forDepartment) {
        Status status = reading.rejected() ? Status.REJECTED
                : reading.problems().isEmpty() ? Status.ACCEPTED : Status.ACCEPTED_WITH_WARNINGS;
        List<String> violations = reading.violations().stream()
                .map(a -> a.question() + (a.comment().isEmpty() ? "" : " — " + a.comment())).toList();
        return new Received(new FormCheck(fileName, reading.school(), status, reading.problems(), 0, List.of()),
                Imports.observerReport(new ObserverReportImport(reading.school(), year, reading.date(), reading.observer(),
                        violations, reading.remarks())), forDepartment, null);
    }

    /**
     * A school's «График»: taken whole or not at all, like its results; its receipt goes to the school's folder. A
     * rejected one is recorded as a schedule too (without sittings), so its receipt can name the one in force.
     */
    private static Received schedule(String fileName, ScheduleReader.Reading reading, int year) {
        Status status = reading.rejected() ? Status.REJECTED
                : reading.problems().isEmpty() ? Status.ACCEPTED : Status.ACCEPTED_WITH_WARNINGS;
        return new Received(new FormCheck(fileName, reading.school(), status, reading.problems(), 0, List.of()),
                Imports.schedule(new ScheduleImport(reading.school(), year, reading.rejected() ? List.of() : reading.sittings())),
                false, null);
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
        return new Received(new FormCheck(fileName, "", status, problems, 0, List.of()), errors ? Imports.NONE : imports, true,
                null);
    }

    /** Readers that overran the time bound and are still running. */
    int stuckReaders() {
        return stuckReaders.get();
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
