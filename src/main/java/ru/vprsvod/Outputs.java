package ru.vprsvod;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.checks.Findings;
import ru.vprsvod.checks.LatestFindings;
import ru.vprsvod.consolidation.Campaign;
import ru.vprsvod.consolidation.Consolidator;
import ru.vprsvod.consolidation.ReceivedFile;
import ru.vprsvod.consolidation.ResultsStore;
import ru.vprsvod.outbox.Outbox;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.document.DataSchema;
import ru.vprsvod.document.DocxTemplate;
import ru.vprsvod.document.Rendering;
import ru.vprsvod.document.TemplateLoading;
import ru.vprsvod.document.TemplateProblem;
import ru.vprsvod.report.AnalyticalReport;
import ru.vprsvod.report.ConsolidatedWorkbook;
import ru.vprsvod.report.JsonReport;

/**
 * The outputs made from the consolidated data: regenerated only when what they are made from changed (the
 * current submissions, the received files, the reference, the templates), so earlier versions are not
 * multiplied by passes that changed nothing.
 */
public final class Outputs {

    private static final Logger log = LoggerFactory.getLogger(Outputs.class);
    static final String REPORT_JSON = "report.json";

    private final ResultsStore store;
    private final Consolidator consolidator;
    private final Outbox outbox;
    private final Path templates;
    private final Path temporaryRoot;
    private final Clock clock;
    private final LatestFindings latest;

    /**
     * @param templates     the folder of .docx templates
     * @param temporaryRoot where large outputs may spill while being written (inside the data folder)
     */
    public Outputs(ResultsStore store, Consolidator consolidator, LatestFindings latest, Outbox outbox, Path templates,
                   Path temporaryRoot, Clock clock) {
        this.store = store;
        this.latest = latest;
        this.consolidator = consolidator;
        this.outbox = outbox;
        this.templates = templates;
        this.temporaryRoot = temporaryRoot;
        this.clock = clock;
    }

    /** The data state the outputs were last checked against; a pass that changed nothing costs one query. */
    private String checked = "";

    public void refresh(Reference reference, String referenceFingerprint) {
        update(reference, referenceFingerprint, false, name -> { });
    }

    /**
     * Makes every output again even when its data did not change (after a template was edited by hand, or when
     * a coordinator asks for it); {@code progress} hears each output's name before it is made. An output whose
     * content comes out the same is not written again, so no needless earlier version appears.
     */
    public void regenerate(Reference reference, String referenceFingerprint, Consumer<String> progress) {
        update(reference, referenceFingerprint, true, progress);
    }

    /** Set only while {@link #regenerate} runs; outputs are made under the pipeline's lock, one pass at a time. */
    private boolean force;

    private void update(Reference reference, String referenceFingerprint, boolean force, Consumer<String> progress) {
        String state = referenceFingerprint + "|" + store.changeMark();
        if (!force && state.equals(checked)) {
            return;
        }
        this.force = force;
        try {
            make(reference, referenceFingerprint, progress);
        } finally {
            this.force = false;
        }
        checked = state;
    }

    private void make(Reference reference, String referenceFingerprint, Consumer<String> progress) {
        List<Campaign> campaigns = new ArrayList<>();
        for (int year : consolidator.years(reference)) {
            campaigns.add(consolidator.campaign(year, reference));
        }
        List<ReceivedFile> files = store.files();
        String journal = files.size() + ":" + (files.isEmpty() ? "" : files.get(0).id());
        Findings findings = latest.of(campaigns, reference, referenceFingerprint);
        for (Campaign campaign : campaigns) {
            String name = ConsolidatedWorkbook.fileName(campaign.year());
            progress.accept(name);
            List<ReceivedFile> ofYear = files.stream()
                    .filter(f -> f.receivedAt().atZone(clock.getZone()).getYear() == campaign.year()).toList();
            publishIfChanged(name, fingerprint(referenceFingerprint, List.of(campaign), journal), out ->
                    new ConsolidatedWorkbook(campaign, ofYear, reference.requisites(), clock.instant(), clock.getZone())
                            .write(out, temporaryRoot));
            progress.accept(AnalyticalReport.fileName(campaign.year()));
            document(AnalyticalReport.TEMPLATE, AnalyticalReport.fileName(campaign.year()),
                    fingerprint(referenceFingerprint, List.of(campaign), ""),
                    () -> AnalyticalReport.data(campaign, reference, LocalDate.now(clock)));
        }
        progress.accept(REPORT_JSON);
        publishIfChanged(REPORT_JSON, fingerprint(referenceFingerprint, campaigns, journal),
                out -> JsonReport.write(out, campaigns, files, reference.requisites(), findings, clock.instant()));
    }

    /**
     * Fills a template into a document when its data or the template changed. A template that cannot be filled
     * leaves the earlier document in place and a list of its mistakes, located, beside it.
     */
    private void document(String templateName, String name, String dataFingerprint, Supplier<Map<String, Object>> data) {
        Path template = templates.resolve(templateName);
        String problemsName = name.replaceAll("\\.docx$", "") + " — ошибки шаблона.txt";
        if (!Files.isRegularFile(template)) {
            publishIfChanged(problemsName, "missing", out -> out.write(Receipts.bytes("Нет шаблона " + template.toAbsolutePath()
                    + ": документ «" + name + "» не сформирован.\n")));
            return;
        }
        String fingerprint = sha256(dataFingerprint + "|" + fileSha256(template));
        if (!force && upToDate(name, fingerprint)) {
            return;
        }
        TemplateLoading loading = DocxTemplate.load(template);
        Map<String, Object> values = data.get();
        Rendering rendering = loading instanceof TemplateLoading.Loaded loaded ? render(loaded.template(), values)
                : new Rendering.Failed(((TemplateLoading.Broken) loading).problems());
        if (rendering instanceof Rendering.Rendered rendered) {
            publishIfChanged(name, fingerprint, rendered::writeTo);
            deleteIfExists(outbox.resolve(problemsName));
        } else {
            List<TemplateProblem> found = ((Rendering.Failed) rendering).problems();
            StringBuilder text = new StringBuilder("Документ «" + name + "» не сформирован: в шаблоне " + template.toAbsolutePath()
                    + " есть ошибки. Исправьте шаблон; документ будет сформирован заново автоматически.\n\n");
            int n = 1;
            for (TemplateProblem p : found) {
                text.append(n++).append(". ").append(p.describe()).append('\n');
            }
            outbox.publish(problemsName, out -> out.write(Receipts.bytes(text.toString())));
            log.warn("Template {} has {} problems; see {}", template, found.size(), problemsName);
        }
    }

    /**
     * Renders, or lists every problem at once: with a syntax mistake the engine stops before looking at the
     * data, so the template is then also checked against the data's shape to report unknown fields too.
     */
    private static Rendering render(DocxTemplate template, Map<String, Object> values) {
        if (template.problems().isEmpty()) {
            return template.render(values);
        }
        return new Rendering.Failed(template.lint(DataSchema.fromSample(values)));
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            log.warn("Could not remove the outdated {}: {}", file, e.toString());
        }
    }

    private void publishIfChanged(String name, String fingerprint, Outbox.Content content) {
        if (!force && upToDate(name, fingerprint)) {
            return;
        }
        long start = System.nanoTime();
        outbox.publish(name, content);
        store.recordOutput(name, fingerprint, clock.instant());
        FileLife.document(name, (System.nanoTime() - start) / 1_000_000);
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

    private static String fileSha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
