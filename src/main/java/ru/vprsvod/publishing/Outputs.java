package ru.vprsvod.publishing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.LatestFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.database.Coordination;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.log.LifeLog;
import ru.vprsvod.observers.ObserverPlan;
import ru.vprsvod.pdf.PdfConverter;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.schedule.ScheduleForm;
import ru.vprsvod.report.ConsolidatedWorkbook;
import ru.vprsvod.report.CrossCheckOrder;
import ru.vprsvod.report.JsonReport;

/**
 * The outputs made from the consolidated data, after every pass that changed something: the objectivity checks
 * once, then the consolidated workbook of each year, the documents ({@link DocumentOutputs}) and report.json. Each
 * is regenerated only when what it is made from changed (the current submissions, the received files, the
 * reference, the templates), so earlier versions are not multiplied by passes that changed nothing.
 *
 * <p>Instances sharing one PostgreSQL database and outbox make the outputs one at a time ({@link Coordination}):
 * after passes only the instance that is the outputs' maker refreshes them (the other takes over when it dies), and
 * «Сформировать заново» on either waits for its turn to write.
 */
public final class Outputs {

    private static final Logger log = LoggerFactory.getLogger(Outputs.class);

    private final ResultsStore store;
    private final Consolidator consolidator;
    private final Outbox outbox;
    private final Path temporaryRoot;
    private final Clock clock;
    private final LatestFindings latest;
    private final DocumentOutputs documents;
    private final RecheckCommissions commissions;
    private final ObserverReportBlanks observerBlanks;
    private final Coordination coordination;

    /**
     * @param templates     the folder of .docx templates
     * @param temporaryRoot where large outputs may spill while being written (inside the data folder)
     * @param pdf           makes the PDF copies of the documents, or says why it cannot
     */
    public Outputs(ResultsStore store, Consolidator consolidator, LatestFindings latest, Outbox outbox, Path templates,
                   Path temporaryRoot, Clock clock, PdfConverter pdf, Coordination coordination) {
        this.store = store;
        this.latest = latest;
        this.consolidator = consolidator;
        this.outbox = outbox;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
        this.documents = new DocumentOutputs(store, outbox, templates, pdf, clock);
        this.commissions = new RecheckCommissions(store, outbox, temporaryRoot, clock);
        this.observerBlanks = new ObserverReportBlanks(store, outbox, temporaryRoot, clock);
        this.coordination = coordination;
    }

    /** The data state the outputs were last checked against; a pass that changed nothing costs one query. */
    private String checked = "";

    public void refresh(Reference reference, String referenceFingerprint) {
        update(reference, referenceFingerprint, false, name -> { });
    }

    /**
     * Makes every output again even when its data did not change (after a template was edited by hand, or when
     * a coordinator asks for it), the schools' schedule blanks excepted (see {@link #scheduleBlanks}); {@code progress} hears each output's name before it is made. An output whose
     * content comes out the same is not written again, so no needless earlier version appears.
     */
    public void regenerate(Reference reference, String referenceFingerprint, Consumer<String> progress) {
        update(reference, referenceFingerprint, true, progress);
    }

    /**
     * Outputs are made under the pipeline's lock, one pass at a time, and under the database's turn, one instance
     * at a time; a refresh is left to the instance that makes the outputs.
     */
    private void update(Reference reference, String referenceFingerprint, boolean force, Consumer<String> progress) {
        String state = referenceFingerprint + "|" + store.changeMark();
        if (!force && (state.equals(checked) || !coordination.makesOutputs())) {
            return;
        }
        coordination.writingOutputs(() -> {
            make(reference, referenceFingerprint, force, progress);
            return null;
        });
        checked = state;
    }

    /** @param force make every output even when its data did not change */
    private void make(Reference reference, String referenceFingerprint, boolean force, Consumer<String> progress) {
        List<Campaign> campaigns = new ArrayList<>();
        for (int year : consolidator.years(reference)) {
            campaigns.add(consolidator.campaign(year, reference));
        }
        List<ReceivedFile> files = store.files();
        String journal = files.size() + ":" + (files.isEmpty() ? "" : files.get(0).id());
        Findings findings = latest.of(campaigns, reference, referenceFingerprint);
        // The flags a workbook highlights depend on every year (rule E, last year's risk group): all campaigns count.
        String everything = fingerprint(referenceFingerprint, campaigns, journal);
        // A file belongs to the year of its data (a 2025 protocol sent in 2026 is a 2025 file); one whose works could
        // not be told, to the year it arrived. Filtering by arrival left the «Файлы» sheet of last year empty.
        java.util.Map<Long, java.util.Set<Integer>> yearsOfFile = new java.util.HashMap<>();
        for (Campaign campaign : campaigns) {
            store.fileWorks(campaign.year()).forEach(fw -> yearsOfFile.computeIfAbsent(fw.fileId(), k -> new java.util.TreeSet<>())
                    .add(campaign.year()));
        }
        for (Campaign campaign : campaigns) {
            progress.accept(OutboxNames.consolidatedWorkbook(campaign.year()));
            List<ReceivedFile> ofYear = files.stream().filter(f -> yearsOfFile.containsKey(f.id())
                    ? yearsOfFile.get(f.id()).contains(campaign.year())
                    : f.receivedAt().atZone(clock.getZone()).getYear() == campaign.year()).toList();
            publishIfChanged(OutboxNames.consolidatedWorkbook(campaign.year()), everything, force, out ->
                    new ConsolidatedWorkbook(campaign, ofYear, reference.requisites(), findings, clock.instant(), clock.getZone())
                            .write(out, temporaryRoot));
        }
        recheckResultsBack(reference, findings, force, progress);
        scheduleBlanks(reference, progress);
        int year = reference.campaignYear();
        // The schedules in force, read once: the directive's appendix, the observers' plan and report.json use them.
        List<ru.vprsvod.schedule.Sitting> schedule = store.schedules(year).stream().flatMap(s -> s.sittings().stream()).toList();
        Optional<ObserverPlan> observers = ObserverReportBlanks.plan(schedule, CrossCheckOrder.riskGroup(year, findings),
                reference, store.observerVisits(year));
        documents.make(campaigns, findings, schedule, observers, reference, force, progress);
        commissions.make(findings, reference, force, progress);
        observerBlanks.make(observers, reference, force, progress);
        progress.accept(OutboxNames.REPORT_JSON);
        publishIfChanged(OutboxNames.REPORT_JSON, everything, force,
                out -> JsonReport.write(out, campaigns, files, reference.requisites(), findings, new JsonReport.Conduct(year,
                        schedule, store.observerVisits(year), store.observerReports(year)), clock.instant()));
    }

    /**
     * Each school whose re-checked works came back gets its part of the comparison in its own outbox folder; a school
     * whose part is gone (protocols replaced, the campaign year changed) has its file retired. Fingerprinted by the
     * school's part itself, so one school's new protocol does not rewrite every other school's file.
     */
    private void recheckResultsBack(Reference reference, Findings findings, boolean force, Consumer<String> progress) {
        int year = reference.campaignYear();
        ru.vprsvod.recheck.RecheckComparison all = findings.recheckResults();
        for (ru.vprsvod.reference.School school : reference.schools()) {
            String name = OutboxNames.schoolRecheckResults(year, school.login());
            ru.vprsvod.recheck.RecheckComparison part = all.ofSchool(school.login());
            if (part.works().isEmpty()) {
                if (outbox.retire(name)) {
                    store.recordOutput(name, "", clock.instant());
                }
                continue;
            }
            StringBuilder text = new StringBuilder(school.name()).append('|').append(reference.requisites().bodyName());
            part.works().forEach(w -> text.append('|').append(w));
            part.notes().forEach(n -> text.append('|').append(n));
            progress.accept(name);
            publishIfChanged(name, sha256(text.toString()), force, out -> ru.vprsvod.report.RecheckResultsBook.write(out,
                    temporaryRoot, year, school, part, reference.requisites(), clock.instant(), clock.getZone()));
        }
    }

    /**
     * Each school that writes works this year finds its «График проведения ВПР» blank in its own outbox folder, made
     * again when what it is made from changes (the school, its works, the period, the subjects), not on every pass and
     * not by «Сформировать заново» either: a blank carries the time it was made, so each forced one would leave a copy
     * in «Предыдущие версии» for nothing (it depends on no template). A deleted blank is made again.
     */
    private void scheduleBlanks(Reference reference, Consumer<String> progress) {
        int year = reference.campaignYear();
        String subjects = reference.specs(year).stream().map(s -> s.work().subject()).distinct().sorted().toList().toString();
        java.util.Set<String> current = new java.util.HashSet<>();
        for (ru.vprsvod.reference.School school : reference.schools()) {
            String name = OutboxNames.scheduleBlank(year, school);
            List<ru.vprsvod.reference.WorkSpec> works = ScheduleForm.expectedWorks(reference, school);
            if (works.isEmpty()) {
                continue;
            }
            current.add(name);
            String made = school + "|" + year + "|" + reference.requisites().optionalPeriodEnd() + "|" + subjects + "|"
                    + works.stream().map(w -> w.work().toString()).toList();
            progress.accept(name);
            publishIfChanged(name, sha256(made), false, out -> ScheduleForm.write(out, reference, school, clock.instant(),
                    clock.getZone(), temporaryRoot));
        }
        // A school no longer writing works, or gone from the reference, keeps no blank (found: a removed school's stayed).
        String ofYear = "_График_ВПР_" + year + ".xlsx";
        for (String name : store.outputsInPlace()) {
            if (name.endsWith(ofYear) && name.indexOf('/') > 0 && !current.contains(name) && outbox.retire(name)) {
                store.recordOutput(name, "", clock.instant());
            }
        }
    }

    private void publishIfChanged(String name, String fingerprint, boolean force, Outbox.Content content) {
        if (!force && upToDate(name, fingerprint)) {
            return;
        }
        long start = System.nanoTime();
        outbox.publish(name, content);
        store.recordOutput(name, fingerprint, clock.instant());
        LifeLog.document(name, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Made from the same data, and still there: a document someone deleted, or an outbox restored empty beside a
     * restored database, is made again.
     */
    private boolean upToDate(String name, String fingerprint) {
        return fingerprint.equals(store.outputFingerprint(name).orElse("")) && Files.isRegularFile(outbox.resolve(name));
    }

    /** What an output is made from: the reference, the current submissions, the journal of files. */
    private static String fingerprint(String referenceFingerprint, List<Campaign> campaigns, String journal) {
        StringBuilder text = new StringBuilder(referenceFingerprint);
        for (Campaign c : campaigns) {
            text.append('|').append(c.year());
            c.works().forEach(w -> w.schools().forEach(s -> text.append(',').append(s.submission().id())));
        }
        text.append('|').append(journal);
        return sha256(text.toString());
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
