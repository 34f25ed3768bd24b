package ru.vprsvod.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.SchoolFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.document.DataSchema;
import ru.vprsvod.document.DocxTemplate;
import ru.vprsvod.document.Rendering;
import ru.vprsvod.document.TemplateLoading;
import ru.vprsvod.document.TemplateProblem;
import ru.vprsvod.observers.ObserverPlan;
import ru.vprsvod.publishing.Outbox;
import ru.vprsvod.pdf.PdfConverter;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.report.AnalyticalReport;
import ru.vprsvod.report.CrossCheckOrder;
import ru.vprsvod.report.ObjectivityPlan;
import ru.vprsvod.report.RecheckOrder;
import ru.vprsvod.report.RoadMapOrder;
import ru.vprsvod.report.SchoolRoadMap;
import ru.vprsvod.report.VprDirective;

/**
 * The documents filled from the .docx templates, and their PDF copies. A document is made again only when its
 * data or its template changed (the fingerprint is taken of the data itself), so passes that change nothing add
 * no earlier versions. A template that cannot be filled leaves the earlier document in place and a list of its
 * mistakes, located, beside it. PDFs are made in the background by the {@link PdfConverter}; without LibreOffice a
 * note in the outbox says so.
 */
final class DocumentOutputs {

    private static final Logger log = LoggerFactory.getLogger(DocumentOutputs.class);

    /**
     * One document to fill: the path it is known by (its fingerprint is stored under it), every path it is
     * written to, and its data, computed only when looked at.
     */
    private record Document(String name, List<String> paths, Supplier<Map<String, Object>> data) {
        Document(String name, Supplier<Map<String, Object>> data) {
            this(name, List.of(name), data);
        }
    }

    private final ResultsStore store;
    private final Outbox outbox;
    private final Path templates;
    private final PdfConverter pdf;
    private final PdfCopies pdfCopies;
    private final java.time.Clock clock;
    /** The templates loaded so far, by file; refreshes run one at a time, but the map is safe beside a regeneration. */
    private final Map<Path, LoadedTemplate> loadedTemplates = new ConcurrentHashMap<>();

    DocumentOutputs(ResultsStore store, Outbox outbox, Path templates, PdfConverter pdf, java.time.Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.templates = templates;
        this.pdf = pdf;
        this.pdfCopies = new PdfCopies(pdf, outbox);
        this.clock = clock;
    }

    /**
     * The documents of every year with results (the analytical report) and of the campaign year: the directive
     * (needs only the reference, so it is ready before the first file), the road map order and the objectivity plan
     * (once there are results), the re-check order (when works are selected) and a road map draft for each school
     * of the risk group.
     *
     * @param schedule  the sittings of every school's schedule in force for the campaign year
     * @param observers the observers' plan of that schedule, when there is one
     */
    void make(List<Campaign> campaigns, Findings findings, List<ru.vprsvod.schedule.Sitting> schedule,
              Optional<ObserverPlan> observers, Reference reference, boolean force, Consumer<String> progress) {
        Pass pass = new Pass(force, progress);
        pdfNote();
        for (Campaign campaign : campaigns) {
            Campaign previous = campaigns.stream().filter(c -> c.year() == campaign.year() - 1).findFirst().orElse(null);
            fill(pass, AnalyticalReport.TEMPLATE, List.of(new Document(OutboxNames.analyticalReport(campaign.year()),
                    () -> AnalyticalReport.data(campaign, previous, findings, reference))));
        }
        int year = reference.campaignYear();
        fill(pass, VprDirective.TEMPLATE, List.of(new Document(OutboxNames.directive(year), () -> VprDirective.data(year, reference,
                schedule))));
        crossCheckOrder(pass, year, findings, reference);
        boolean results = findings.year(year).map(y -> !y.schools().isEmpty()).orElse(false);
        if (results) {
            fill(pass, RoadMapOrder.TEMPLATE, List.of(new Document(OutboxNames.roadMapOrder(year),
                    () -> RoadMapOrder.data(year, findings, reference))));
            fill(pass, ObjectivityPlan.TEMPLATE, List.of(new Document(OutboxNames.objectivityPlan(year),
                    () -> ObjectivityPlan.data(year, findings, reference))));
        }
        if (findings.recheck().year() == year && !findings.recheck().works().isEmpty()) {
            fill(pass, RecheckOrder.TEMPLATE, List.of(new Document(OutboxNames.recheckOrder(year), () -> RecheckOrder.data(findings, reference))));
        } else {
            retire(OutboxNames.recheckOrder(year));
        }
        recheckCommissions(pass, year, findings, reference);
        schoolRoadMaps(pass, year, findings, reference);
        observers(pass, year, observers, reference);
    }

    /** The observers' documents of a given schedule, as {@link #make} makes them once stored schedules reach it. */
    void observers(List<ru.vprsvod.schedule.Sitting> sittings, Set<String> riskGroup, Reference reference) {
        observers(new Pass(false, name -> { }), reference.campaignYear(), ObserverReportBlanks.plan(sittings, riskGroup,
                reference), reference);
    }

    /**
     * The order approving the list of public observers and each assigned observer's памятка, from the plan of the
     * schedule and the «Наблюдатели» sheet (the risk group that goes first is last year's, as for the cross-checking);
     * the slots nobody could take are written beside the order. Nothing is made without a schedule or a bank.
     */
    private void observers(Pass pass, int year, Optional<ObserverPlan> observers, Reference reference) {
        Path notes = outbox.resolve(OutboxNames.observersNotes(year));
        ObserverPlan plan = observers.orElse(null);
        if (plan == null || plan.slots().isEmpty()) {
            retire(OutboxNames.observersOrder(year));
            retireOutside(OutboxNames.observersFolder(year), ".docx", Set.of());
            deleteIfExists(notes);
            return;
        }
        fill(pass, ru.vprsvod.report.ObserversOrder.TEMPLATE, List.of(new Document(OutboxNames.observersOrder(year),
                () -> ru.vprsvod.report.ObserversOrder.data(plan, reference))));
        List<Document> memos = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (ru.vprsvod.reference.ObserverEntry o : plan.observersAssigned()) {
            String name = OutboxNames.observerMemo(year, o.name());
            current.add(name);
            memos.add(new Document(name, () -> ru.vprsvod.report.ObserverMemo.data(o, plan, reference)));
        }
        if (!memos.isEmpty()) {
            fill(pass, ru.vprsvod.report.ObserverMemo.TEMPLATE, memos);
        }
        retireOutside(OutboxNames.observersFolder(year), ".docx", current);
        if (plan.problems().isEmpty()) {
            deleteIfExists(notes);
        } else {
            StringBuilder text = new StringBuilder("Общественные наблюдатели ВПР ").append(year)
                    .append(": что нужно решить (лист «Наблюдатели» справочника, лист «Правила»)\n\n");
            int n = 1;
            for (String line : plan.problems()) {
                text.append(n++).append(". ").append(line).append('\n');
            }
            publishIfChanged(OutboxNames.observersNotes(year), "note:" + Outputs.sha256(text.toString()),
                    Receipts.bytes(text.toString()));
        }
    }

    /**
     * The directive creating the subject commissions (when the bank of experts staffs any) and the letter to each school
     * of the selection asking for the scans of its works, in the re-check folder and in the school's own; the
     * protocols of the experts are {@link RecheckCommissions}' part.
     */
    private void recheckCommissions(Pass pass, int year, Findings findings, Reference reference) {
        java.util.Optional<ru.vprsvod.commission.Commissions> commissions = RecheckCommissions.of(findings, reference)
                .filter(RecheckCommissions::staffed);
        if (commissions.isPresent()) {
            fill(pass, ru.vprsvod.report.CommissionDirective.TEMPLATE, List.of(new Document(OutboxNames.commissionDirective(year),
                    () -> ru.vprsvod.report.CommissionDirective.data(findings, commissions.get(), reference))));
        } else {
            retire(OutboxNames.commissionDirective(year));
        }
        boolean selected = findings.recheck().year() == year;
        Map<String, List<ru.vprsvod.checks.SelectedWork>> bySchool = new java.util.LinkedHashMap<>();
        if (selected) {
            findings.recheck().works().forEach(w -> bySchool.computeIfAbsent(w.school().login(), k -> new ArrayList<>()).add(w));
        }
        List<Document> letters = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (List<ru.vprsvod.checks.SelectedWork> works : bySchool.values()) {
            School school = works.get(0).school();
            String name = OutboxNames.recheckLetter(year, school);
            current.add(name);
            letters.add(new Document(name, List.of(name, OutboxNames.schoolOwnRecheckLetter(year, school)),
                    () -> ru.vprsvod.report.RecheckLetter.data(school, works, findings, reference)));
        }
        if (!letters.isEmpty()) {
            fill(pass, ru.vprsvod.report.RecheckLetter.TEMPLATE, letters);
        }
        retireOutside(OutboxNames.recheckFolder(year), ".docx", current);
        for (School school : reference.schools()) {
            if (!bySchool.containsKey(school.login())) {
                retire(OutboxNames.schoolOwnRecheckLetter(year, school));
            }
        }
    }

    /** The documents of a folder of the outbox that are no longer made leave for «Предыдущие версии». */
    private void retireOutside(String folderName, String extension, Set<String> current) {
        Path folder = outbox.resolve(folderName);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(extension)).toList()) {
                String name = folderName + "/" + file.getFileName();
                if (!current.contains(name)) {
                    retire(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cross-checking order needs only the reference and last year's risk group, so it is ready before the first
     * file, like the directive. Where no subject has two schools to pair, a note says why instead.
     */
    private void crossCheckOrder(Pass pass, int year, Findings findings, Reference reference) {
        ru.vprsvod.commission.CrossCheckPlan plan = CrossCheckOrder.plan(findings, reference);
        String note = OutboxNames.crossCheckNotMade(year);
        if (plan.subjects().isEmpty()) {
            retire(OutboxNames.crossCheckOrder(year));
            String text = "Приказ о проведении перекрёстной проверки ВПР " + year + " не сформирован: "
                    + String.join("; ", plan.problems()) + ".\n";
            publishIfChanged(note, "note:" + Outputs.sha256(text), Receipts.bytes(text));
            return;
        }
        deleteIfExists(outbox.resolve(note));
        fill(pass, CrossCheckOrder.TEMPLATE, List.of(new Document(OutboxNames.crossCheckOrder(year),
                () -> CrossCheckOrder.data(plan, findings, reference))));
    }

    /** One draft per school of the risk group, in the department's folder and in the school's own; others retired. */
    private void schoolRoadMaps(Pass pass, int year, Findings findings, Reference reference) {
        List<SchoolFindings> group = findings.year(year).map(y -> y.riskGroup()).orElse(List.of());
        List<Document> documents = new ArrayList<>();
        Set<String> current = new HashSet<>();
        for (SchoolFindings s : group) {
            String name = OutboxNames.schoolRoadMap(year, s.school());
            current.add(name);
            documents.add(new Document(name, List.of(name, OutboxNames.schoolOwnRoadMap(year, s.school())),
                    () -> SchoolRoadMap.data(year, s, findings, reference)));
        }
        if (!documents.isEmpty()) {
            fill(pass, SchoolRoadMap.TEMPLATE, documents);
        }
        Path folder = outbox.resolve(OutboxNames.schoolRoadMaps(year));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".docx")).toList()) {
                    String name = OutboxNames.schoolRoadMaps(year) + "/" + file.getFileName();
                    if (!current.contains(name)) {
                        retire(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (School school : reference.schools()) {
            if (group.stream().noneMatch(s -> s.school().login().equalsIgnoreCase(school.login()))) {
                retire(OutboxNames.schoolOwnRoadMap(year, school));
            }
        }
    }

    /** One making of the documents: whether to make them all regardless, and who hears each name before it is made. */
    private record Pass(boolean force, Consumer<String> progress) {
    }

    /**
     * Fills one template into each document whose data or template changed. The documents a faulty template stopped
     * are listed in one note beside them (a school road map stopped for every school of the risk group is one note
     * naming them all, not a note rewritten per school); the earlier versions of those documents stay.
     */
    private void fill(Pass pass, String templateName, List<Document> documents) {
        Path template = templates.resolve(templateName);
        String problemsName = problemsName(documents);
        if (!Files.isRegularFile(template)) {
            publishIfChanged(problemsName, "missing", Receipts.bytes("Нет шаблона " + template.toAbsolutePath()
                    + ": документ «" + documents.get(0).name() + "» не сформирован.\n"));
            return;
        }
        byte[] templateBytes = read(template);
        String templateHash = Outputs.sha256(templateBytes);
        DocxTemplate loaded = null;
        List<TemplateProblem> broken = null;
        Map<String, List<TemplateProblem>> stopped = new java.util.LinkedHashMap<>();
        for (Document document : documents) {
            Map<String, Object> data = document.data().get();
            String fingerprint = Outputs.sha256(templateHash + "|" + DataFingerprint.of(data));
            // Made from the same data and still there (a deleted or restored-away document is made again).
            if (!pass.force() && fingerprint.equals(store.outputFingerprint(document.name()).orElse(""))
                    && document.paths().stream().allMatch(p -> Files.isRegularFile(outbox.resolve(p)))) {
                pdfCopies.ifMissing(document.name(), document.paths());
                continue;
            }
            if (broken != null) {
                stopped.put(document.name(), broken); // the same mistakes for every document of this template
                continue;
            }
            pass.progress().accept(document.name());
            if (loaded == null) {
                TemplateLoading loading = loaded(template, templateBytes, templateHash);
                if (loading instanceof TemplateLoading.Broken b) {
                    broken = b.problems();
                    stopped.put(document.name(), broken);
                    continue;
                }
                loaded = ((TemplateLoading.Loaded) loading).template();
            }
            if (!loaded.problems().isEmpty()) {
                broken = loaded.lint(DataSchema.fromSample(data)); // syntax and data problems at once
                stopped.put(document.name(), broken);
                continue;
            }
            Rendering rendering = loaded.render(data);
            if (rendering instanceof Rendering.Failed f) {
                stopped.put(document.name(), f.problems());
                continue;
            }
            byte[] docx = ((Rendering.Rendered) rendering).docx();
            boolean changed = false;
            for (String path : document.paths()) {
                changed |= !sameAsPublished(path, docx);
                outbox.publish(path, out -> out.write(docx));
            }
            store.recordOutput(document.name(), fingerprint, clock.instant());
            log.info("Wrote {}", document.name());
            if (changed || !Files.exists(outbox.resolve(OutboxNames.pdf(document.name())))) {
                pdfCopies.convert(document.name(), document.paths(), docx);
            }
        }
        if (stopped.isEmpty()) {
            deleteIfExists(outbox.resolve(problemsName));
        } else {
            problems(problemsName, template, stopped);
        }
    }

    /**
     * The template loaded (parsed, its tags analysed) once per content and kept: a refresh after one school's file
     * fills the same templates again, and loading is a large part of a small document's time. A loaded template is
     * immutable (each rendering reopens its prepared copy), so it is shared by every rendering until its file changes.
     */
    private TemplateLoading loaded(Path template, byte[] bytes, String hash) {
        LoadedTemplate kept = loadedTemplates.get(template);
        if (kept != null && kept.hash().equals(hash)) {
            return kept.loading();
        }
        // From the bytes that were hashed, so the kept loading is always of the content its hash names.
        TemplateLoading loading = DocxTemplate.load(String.valueOf(template.getFileName()), bytes);
        loadedTemplates.put(template, new LoadedTemplate(hash, loading));
        return loading;
    }

    /** A template file's loading, and the hash of the content it was loaded from. */
    private record LoadedTemplate(String hash, TemplateLoading loading) {
    }

    private static String problemsName(List<Document> documents) {
        String name = documents.size() == 1 ? documents.get(0).name() : documents.get(0).name().substring(0,
                documents.get(0).name().lastIndexOf('/'));
        return OutboxNames.templateErrors(name);
    }

    /**
     * One note for every document the template stopped: the documents with the same mistakes are named together,
     * then their mistakes, located. Written only when its text changes, so passes that change nothing add no versions.
     */
    private void problems(String problemsName, Path template, Map<String, List<TemplateProblem>> stopped) {
        Map<List<String>, List<String>> groups = new java.util.LinkedHashMap<>();
        stopped.forEach((name, found) -> groups.computeIfAbsent(found.stream().map(TemplateProblem::describe).toList(),
                k -> new ArrayList<>()).add(name));
        StringBuilder text = new StringBuilder();
        if (stopped.size() == 1) {
            text.append("Документ «").append(stopped.keySet().iterator().next()).append("» не сформирован: в шаблоне ")
                    .append(template.toAbsolutePath()).append(" есть ошибки. Исправьте шаблон; документ будет сформирован заново")
                    .append(" автоматически.\n");
        } else {
            text.append("Документы (").append(stopped.size()).append(") не сформированы: в шаблоне ").append(template.toAbsolutePath())
                    .append(" есть ошибки. Исправьте шаблон; документы будут сформированы заново автоматически, прежние версии")
                    .append(" пока остаются.\n");
        }
        for (Map.Entry<List<String>, List<String>> group : groups.entrySet()) {
            text.append('\n');
            if (stopped.size() > 1) {
                text.append(groups.size() == 1 ? "Не сформированы:\n" : "Не сформированы из-за ошибок ниже:\n");
                group.getValue().forEach(name -> text.append("  — ").append(name).append('\n'));
                text.append('\n');
            }
            int n = 1;
            for (String problem : group.getKey()) {
                text.append(n++).append(". ").append(problem).append('\n');
            }
        }
        publishIfChanged(problemsName, "problems:" + Outputs.sha256(text.toString()), Receipts.bytes(text.toString()));
        log.warn("Template {} stopped {} documents; see {}", template, stopped.size(), problemsName);
    }

    /** A document that no longer applies leaves the outbox for «Предыдущие версии», with its PDF. */
    private void retire(String name) {
        if (outbox.retire(name)) {
            log.info("Retired {}", name);
        }
        outbox.retire(OutboxNames.pdf(name));
        if (store.outputFingerprint(name).filter(f -> !f.isEmpty()).isPresent()) {
            store.recordOutput(name, "", clock.instant()); // made again as soon as it applies again
        }
    }

    // ---- PDF ----

    /** The note on why there are no PDFs, present exactly while that is so. */
    private void pdfNote() {
        if (pdf.available()) {
            deleteIfExists(outbox.resolve(OutboxNames.PDF_NOTE));
        } else {
            publishIfChanged(OutboxNames.PDF_NOTE, "note:" + pdf.status(), Receipts.bytes(pdf.status() + "\n"));
        }
    }

    // ---- files ----

    private boolean sameAsPublished(String path, byte[] bytes) {
        Path file = outbox.resolve(path);
        return Files.isRegularFile(file) && java.util.Arrays.equals(read(file), bytes);
    }

    private void publishIfChanged(String name, String fingerprint, byte[] bytes) {
        if (fingerprint.equals(store.outputFingerprint(name).orElse("")) && Files.exists(outbox.resolve(name))) {
            return;
        }
        outbox.publish(name, out -> out.write(bytes));
        store.recordOutput(name, fingerprint, clock.instant());
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove the outdated {}: {}", file, e.toString());
        }
    }
}
